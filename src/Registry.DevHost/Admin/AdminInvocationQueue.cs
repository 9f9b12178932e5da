using System.Threading.Channels;
using Registry.DevHost.Catalog;
using Registry.DevHost.Invocation;

namespace Registry.DevHost.Admin;

/// <summary>
/// Runs admin-requested invocations in the background, as the host answers 202 before the function
/// runs. One at a time: this is a developer's "run it now" button, not a trigger.
/// </summary>
public sealed class AdminInvocationQueue(FunctionInvoker invoker) : BackgroundService
{
    private readonly Channel<(FunctionDefinition Function, InvocationRequest Request)> _pending =
        Channel.CreateUnbounded<(FunctionDefinition, InvocationRequest)>();

    public bool TryEnqueue(FunctionDefinition function, InvocationRequest request) =>
        _pending.Writer.TryWrite((function, request));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (function, request) in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await invoker.InvokeAsync(function, request, stoppingToken);
            }
            catch (FunctionInvocationException)
            {
                // Logged by the invoker; an admin run is not retried (nor is it by the host).
            }
        }
    }
}

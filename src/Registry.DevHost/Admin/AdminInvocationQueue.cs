using System.Threading.Channels;
using Registry.DevHost.Catalog;
using Registry.DevHost.Invocation;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Admin;

/// <summary>
/// Runs admin-requested invocations in the background, as the host answers 202 before the function
/// runs. One at a time: this is a developer's "run it now" button, not a trigger.
/// </summary>
public sealed class AdminInvocationQueue(FunctionInvoker invoker) : BackgroundService
{
    private readonly Channel<AdminRun> _pending = Channel.CreateUnbounded<AdminRun>();

    public bool TryEnqueue(AdminRun run) => _pending.Writer.TryWrite(run);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var run in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await invoker.InvokeAsync(run.FunctionName, "Admin run", run.Bind!, alongside: null, stoppingToken);
            }
            catch (FunctionInvocationException)
            {
                // Logged by the invoker; an admin run is not retried (nor is it by the host).
            }
        }
    }
}

/// <summary>A function to run now, and how its trigger input is bound.</summary>
public sealed record AdminRun(string FunctionName, Action<FunctionDefinition, InvocationRequest>? Bind);

using Registry.DevHost.Catalog;
using Registry.DevHost.Rpc;
using Registry.DevHost.Worker;

namespace Registry.DevHost.Invocation;

/// <summary>
/// Runs one invocation in the worker: an InvocationRequest with the trigger's input and metadata, matched
/// to its InvocationResponse, within <c>functionTimeout</c> (host.json) counted from the moment the host
/// decides to run it, a worker restart included. Logs name, reason, invocation id, outcome and duration as
/// the Functions host does, never inputs: payloads may carry personal data (D9).
/// </summary>
public sealed class FunctionInvoker(WorkerSupervisor worker, FunctionTimeout timeout, TimeProvider time, ILogger<FunctionInvoker> logger)
{
    public TimeSpan Timeout => timeout.Value;

    /// <summary>
    /// Invokes <paramref name="functionName"/>; <paramref name="alongside"/> runs while the worker runs it (the
    /// proxied HTTP request) and its failure fails the invocation too. Throws FunctionInvocationException when
    /// the invocation did not succeed.
    /// </summary>
    public async Task<InvocationResponse> InvokeAsync(
        string functionName,
        string reason,
        Action<FunctionDefinition, InvocationRequest> bind,
        Func<WorkerSession, string, CancellationToken, Task>? alongside,
        CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid();
        var started = time.GetTimestamp();
        DevHostLog.Executing(logger, functionName, reason, invocationId);
        using var deadline = new CancellationTokenSource(timeout.Value, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var session = await worker.WaitReadyAsync(linked.Token);
            var function = session.Catalog.Find(functionName)
                ?? throw new WorkerUnavailableException($"The worker no longer reports a function named '{functionName}'.");
            var request = new InvocationRequest
            {
                InvocationId = invocationId.ToString(),
                FunctionId = function.FunctionId,
                TraceContext = new RpcTraceContext(),
            };
            bind(function, request);
            var beside = alongside?.Invoke(session, request.InvocationId, linked.Token) ?? Task.CompletedTask;
            var response = await session.Connection.InvokeAsync(request, linked.Token);
            await beside;
            if (response.Result?.Status == StatusResult.Types.Status.Success)
            {
                DevHostLog.Succeeded(logger, functionName, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
                return response;
            }

            var failure = response.Result?.Exception is { } exception ? new WorkerException(exception) : null;
            DevHostLog.Failed(logger, failure, functionName, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw new FunctionInvocationException(functionName, invocationId, timedOut: false, failure);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            DevHostLog.TimedOut(logger, functionName, invocationId, timeout.Value);
            throw new FunctionInvocationException(functionName, invocationId, timedOut: true, innerException: null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            DevHostLog.Cancelled(logger, functionName, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception failure) when (failure is WorkerUnavailableException or HttpRequestException)
        {
            DevHostLog.Failed(logger, failure, functionName, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw new FunctionInvocationException(functionName, invocationId, timedOut: false, failure);
        }
    }
}

/// <summary><c>functionTimeout</c> of host.json (the Functions host's default, 30 minutes, when absent).</summary>
public sealed record FunctionTimeout(TimeSpan Value)
{
    public const string Key = "AzureFunctionsJobHost:functionTimeout";

    public static FunctionTimeout From(IConfiguration configuration) =>
        new(configuration.GetValue<TimeSpan?>(Key) is { } value && value > TimeSpan.Zero ? value : TimeSpan.FromMinutes(30));
}

namespace Registry.DevHost.Invocation;

/// <summary>
/// An invocation did not succeed: the function failed in the worker, the worker went away, or it did not
/// answer within <c>functionTimeout</c>. The invoker has already logged it; the trigger decides what follows.
/// </summary>
public sealed class FunctionInvocationException(string functionName, Guid invocationId, bool timedOut, Exception? innerException)
    : Exception(timedOut ? $"Function '{functionName}' timed out (invocation {invocationId})." : $"Function '{functionName}' failed (invocation {invocationId}).", innerException)
{
    public string FunctionName { get; } = functionName;

    public Guid InvocationId { get; } = invocationId;

    public bool TimedOut { get; } = timedOut;
}

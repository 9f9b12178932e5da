namespace Registry.DevHost.Invocation;

/// <summary>A function threw. The invoker has already logged it; the trigger decides what follows.</summary>
public sealed class FunctionInvocationException(string functionName, Guid invocationId, Exception innerException)
    : Exception($"Function '{functionName}' failed (invocation {invocationId}).", innerException)
{
    public string FunctionName { get; } = functionName;

    public Guid InvocationId { get; } = invocationId;
}

using System.Reflection;

namespace Registry.DevHost.Invocation;

/// <summary>
/// What a trigger hands the invoker: why the function runs (for the log) and how to bind each
/// parameter other than the <c>CancellationToken</c>.
/// </summary>
public sealed record InvocationRequest(string Reason, Func<ParameterInfo, object?> Bind);

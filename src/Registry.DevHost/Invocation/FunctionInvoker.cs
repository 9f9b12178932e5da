using System.Globalization;
using System.Reflection;
using Registry.DevHost.Catalog;

namespace Registry.DevHost.Invocation;

/// <summary>
/// Runs one invocation as the isolated worker does: a DI scope per invocation, the function class
/// created in it with <see cref="ActivatorUtilities"/>, arguments bound, the result awaited. Logs name,
/// invocation id, outcome and duration, never arguments: payloads may carry personal data (D9).
/// </summary>
public sealed class FunctionInvoker(IServiceScopeFactory scopes, TimeProvider time, ILogger<FunctionInvoker> logger)
{
    public async Task<object?> InvokeAsync(FunctionDefinition function, InvocationRequest request, CancellationToken cancellationToken)
    {
        var invocationId = Guid.NewGuid();
        var started = time.GetTimestamp();
        DevHostLog.Executing(logger, function.Name, request.Reason, invocationId);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await RunAsync(function, request, scope.ServiceProvider, cancellationToken);
            DevHostLog.Succeeded(logger, function.Name, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            DevHostLog.Cancelled(logger, function.Name, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
        catch (Exception exception)
        {
            DevHostLog.Failed(logger, exception, function.Name, invocationId, time.GetElapsedTime(started).TotalMilliseconds);
            throw new FunctionInvocationException(function.Name, invocationId, exception);
        }
    }

    private static async Task<object?> RunAsync(
        FunctionDefinition function, InvocationRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var method = function.Method;
        var arguments = method.GetParameters()
            .Select(parameter => parameter.ParameterType == typeof(CancellationToken) ? cancellationToken : request.Bind(parameter))
            .ToArray();
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        try
        {
            var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, CultureInfo.InvariantCulture);
            return await AwaitedResult.OfAsync(returned, method.ReturnType);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Registry.Infrastructure.Storage;
using Registry.Residency;

namespace Registry.Functions.Http;

/// <summary>
/// The HTTP edge, once for every HTTP function (worker middleware, as the isolated-worker samples do it): the function's
/// declared audience (none declared: refused, default deny), the residency refusal (D8), the audience's gate
/// (<see cref="SignedClients"/>, <see cref="Staff.StaffGate"/>), and the one place where failures become answers: a storage outage is a 503 with
/// Retry-After (the client retries; every handler is safe to retry), anything else a 500 problem without a stack trace.
/// A cancellation the caller did not ask for is a storage time-out, so it is a 503 too. Only the exception type and
/// identifiers are logged. Every answer leaves as a <see cref="PrivateAnswer"/>.
/// </summary>
public sealed partial class HttpEdgeMiddleware(
    FunctionAudiences audiences, ResidencyGuard residency, SignedClients clients, Staff.StaffGate staff, ILogger<HttpEdgeMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException($"{context.FunctionDefinition.Name}: an HTTP trigger without an HTTP context.");
        var answer = await AnswerAsync(context, http.Request, next);
        context.GetInvocationResult().Value = answer as PrivateAnswer ?? new PrivateAnswer(answer);
    }

    private async Task<IActionResult> AnswerAsync(FunctionContext context, Microsoft.AspNetCore.Http.HttpRequest request, FunctionExecutionDelegate next)
    {
        var function = context.FunctionDefinition.Name;
        var cancellationToken = context.CancellationToken;
        if (audiences.Of(context.FunctionDefinition) is not { } audience)
        {
            LogUndeclared(logger, function);
            return Problems.Unexpected();
        }

        if (audience.PersonalData && !residency.Verdict.Compliant)
        {
            LogResidencyRefused(logger, function);
            return Problems.Unavailable("This instance may not handle personal data: its residency check failed (see GET /api/health).");
        }

        try
        {
            return audience switch
            {
                ForClientsAttribute forClients => await clients.RunAsync(context, request, forClients, () => InvokeAsync(context, next), cancellationToken),
                ForStaffAttribute forStaff => await staff.RunAsync(context, request, forStaff, () => InvokeAsync(context, next), cancellationToken),
                _ => await InvokeAsync(context, next),
            };
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e) || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogStorageUnavailable(logger, function, e.GetType().Name);
            return Problems.Unavailable("Storage did not answer. Nothing was acknowledged; retry the same request.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnexpected(logger, function, e);
            return Problems.Unexpected();
        }
    }

    private static async Task<IActionResult> InvokeAsync(FunctionContext context, FunctionExecutionDelegate next)
    {
        await next(context);
        return context.GetInvocationResult().Value as IActionResult
            ?? throw new InvalidOperationException($"{context.FunctionDefinition.Name} answered without an IActionResult.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: refused, the function declares no audience ([ForClients], [ForStaff] or [ForAnyone])")]
    private static partial void LogUndeclared(ILogger logger, string function);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: storage unavailable ({ExceptionType}); answered 503")]
    private static partial void LogStorageUnavailable(ILogger logger, string function, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: refused, the residency check failed")]
    private static partial void LogResidencyRefused(ILogger logger, string function);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: unexpected failure; answered 500")]
    private static partial void LogUnexpected(ILogger logger, string function, Exception exception);
}

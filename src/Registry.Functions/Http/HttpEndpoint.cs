using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Registry.Infrastructure.Storage;
using Registry.Residency;

namespace Registry.Functions.Http;

/// <summary>
/// The one place where failures become HTTP answers: a storage outage is a 503 with Retry-After (the
/// client retries; every handler is safe to retry), anything else a 500 problem without a stack trace.
/// A cancellation the caller did not ask for is a storage time-out, so it is a 503 too. Only the
/// exception type and identifiers are logged: exception messages are never sent to callers. Every answer
/// leaves as a <see cref="PrivateAnswer"/> (never stored by a cache, never sniffed). Signed requests'
/// webhook-ids are remembered around the call (<see cref="ReplayGuard"/>).
/// </summary>
public sealed partial class HttpEndpoint(ResidencyGuard residency, ReplayGuard replays, ILogger<HttpEndpoint> logger)
{
    /// <summary>An endpoint that handles personal data: refused while the residency check fails.</summary>
    public async Task<IActionResult> RunAsync(string function, Func<Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        if (!residency.Verdict.Compliant)
        {
            LogResidencyRefused(logger, function);
            return new PrivateAnswer(Problems.Unavailable("This instance may not handle personal data: its residency check failed (see GET /api/health)."));
        }

        return await AnswerAsync(function, handle, cancellationToken);
    }

    /// <summary>An endpoint that answers whatever the residency verdict (the health check reports it).</summary>
    public async Task<IActionResult> AnswerAsync(string function, Func<Task<IActionResult>> handle, CancellationToken cancellationToken) =>
        new PrivateAnswer(await HandleAsync(function, handle, cancellationToken));

    private async Task<IActionResult> HandleAsync(string function, Func<Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        try
        {
            return await replays.RunAsync(handle, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: storage unavailable ({ExceptionType}); answered 503")]
    private static partial void LogStorageUnavailable(ILogger logger, string function, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: refused, the residency check failed")]
    private static partial void LogResidencyRefused(ILogger logger, string function);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: unexpected failure; answered 500")]
    private static partial void LogUnexpected(ILogger logger, string function, Exception exception);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Serialization;
using Registry.Telemetry;

namespace Registry.Letters.Delivery;

/// <summary>
/// Sends one letter from <c>outbound-mail</c> at most once per letter id, however often the queue delivers its reference
/// (docs/letters.md). The letter is claimed (<c>sending</c>, under its ETag) before the transport is called and recorded
/// (<c>sent</c>, with its timeline entry) after; a claim older than the lease means a sender crashed in between, so the
/// transport is asked whether it already took the letter before it is sent again.
/// </summary>
public sealed partial class LetterSender(
    ILetterStore store, ILetterTransport transport, ILetterQueue queue, IOptions<LetterDeliveryOptions> options, RegistryMetrics metrics,
    TimeProvider time, ILogger<LetterSender> logger)
{
    public async Task<LetterDelivery> SendAsync(LetterReference reference, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(reference, cancellationToken);
        if (stored is null || stored.Letter is null)
        {
            LogWithdrawn(logger, reference.LetterId);
            return LetterDelivery.Withdrawn;
        }

        var now = time.GetUtcNow();
        switch (stored.State)
        {
            case LetterState.Sent:
                return LetterDelivery.AlreadySent;
            case LetterState.Failed:
                return LetterDelivery.AlreadyFailed;
            case LetterState.Sending when now - stored.SendingSince < options.Value.SendingLease:
                // Another delivery holds the claim: look again once its lease has run out.
                await queue.RequeueAsync(reference, options.Value.SendingLease, cancellationToken);
                return LetterDelivery.InFlight;
        }

        var recovering = stored.State == LetterState.Sending;
        var attempts = stored.Attempts + 1;
        var version = await store.ClaimAsync(reference, stored.Version, attempts, now, cancellationToken);
        if (version is null)
        {
            return LetterDelivery.InFlight;
        }

        if (recovering && await transport.WasSentAsync(reference.LetterId, cancellationToken))
        {
            LogRecovered(logger, reference.LetterId);
            return await SentAsync(reference, stored.Letter, version, attempts, "recorded after a restart", cancellationToken);
        }

        return await transport.SendAsync(stored.Letter, now, cancellationToken) switch
        {
            TransportResult.Sent => await SentAsync(reference, stored.Letter, version, attempts, null, cancellationToken),
            TransportResult.Permanent permanent => await FailedAsync(reference, stored.Letter, version, attempts, permanent.Reason, cancellationToken),
            TransportResult.Transient transient when attempts >= options.Value.MaxAttempts =>
                await FailedAsync(reference, stored.Letter, version, attempts, $"{transient.Reason}; gave up after {attempts} attempts", cancellationToken),
            TransportResult.Transient transient => await RetryAsync(reference, version, attempts, transient.Reason, cancellationToken),
            _ => throw new InvalidOperationException("Unknown transport result."),
        };
    }

    /// <summary>
    /// A reference that failed every delivery (the poison queue): the letter is recorded failed and raised to the officer
    /// unless it was sent meanwhile. The letter itself stays stored, so the officer can queue it again (docs/operations.md).
    /// Counted as a poison message once, by the delivery that records the failure: a redelivered poison message finds
    /// the letter already failed.
    /// </summary>
    public async Task<LetterDelivery> RaisePoisonAsync(LetterReference reference, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(reference, cancellationToken);
        if (stored?.Letter is null)
        {
            LogWithdrawn(logger, reference.LetterId);
            return LetterDelivery.Withdrawn;
        }

        return stored.State switch
        {
            LetterState.Sent => LetterDelivery.AlreadySent,
            LetterState.Failed => LetterDelivery.AlreadyFailed,
            _ => await PoisonedAsync(reference, stored, cancellationToken),
        };
    }

    private async Task<LetterDelivery> PoisonedAsync(LetterReference reference, StoredLetter stored, CancellationToken cancellationToken)
    {
        var delivery = await FailedAsync(reference, stored.Letter!, stored.Version, stored.Attempts, "the sender failed on every delivery (poison queue)", cancellationToken);
        metrics.PoisonMessage("outbound-mail-poison");
        return delivery;
    }

    private async Task<LetterDelivery> SentAsync(
        LetterReference reference, OutboundLetter letter, string version, int attempts, string? note, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var detail = note is null ? reference.LetterId : $"{reference.LetterId} ({note})";
        await RecordAsync(reference, version, new LetterOutcome(LetterState.Sent, attempts, null, at), Event(reference, CaseEventKind.LetterSent, at, detail), cancellationToken);
        metrics.LetterSent(Tag(letter));
        LogSent(logger, reference.LetterId, attempts);
        return LetterDelivery.Sent;
    }

    private async Task<LetterDelivery> FailedAsync(
        LetterReference reference, OutboundLetter letter, string version, int attempts, string reason, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var detail = $"{reference.LetterId}: {reason}. Raised to the privacy officer; the letter is kept (docs/operations.md).";
        await RecordAsync(reference, version, new LetterOutcome(LetterState.Failed, attempts, reason, at), Event(reference, CaseEventKind.LetterFailed, at, detail), cancellationToken);
        metrics.LetterFailed(Tag(letter));
        LogFailed(logger, reference.LetterId, attempts, reason);
        return LetterDelivery.Failed;
    }

    private async Task<LetterDelivery> RetryAsync(LetterReference reference, string version, int attempts, string reason, CancellationToken cancellationToken)
    {
        await RecordAsync(reference, version, new LetterOutcome(LetterState.Queued, attempts, reason, time.GetUtcNow()), null, cancellationToken);
        var delay = options.Value.Backoff(attempts);
        await queue.RequeueAsync(reference, delay, cancellationToken);
        LogRetry(logger, reference.LetterId, attempts, reason, delay);
        return LetterDelivery.Retrying;
    }

    private async Task RecordAsync(LetterReference reference, string version, LetterOutcome outcome, CaseEvent? timeline, CancellationToken cancellationToken)
    {
        if (!await store.RecordAsync(reference, version, outcome, timeline, cancellationToken))
        {
            // Only a sender that outlived its lease loses its claim; the one that took over records the delivery.
            throw new InvalidOperationException($"Letter {reference.LetterId} changed while it was being sent; the message will be retried.");
        }
    }

    private static CaseEvent? Event(LetterReference reference, CaseEventKind kind, DateTimeOffset at, string detail) =>
        reference.CaseReference is null
            ? null
            : new CaseEvent { EventId = $"{WireName<CaseEventKind>.Of(kind)}-{reference.LetterId}", At = at, Kind = kind, Actor = "system", Detail = detail };

    private static LetterKindTag Tag(OutboundLetter letter) => new(WireName<LetterKind>.Of(letter.Kind));

    [LoggerMessage(Level = LogLevel.Information, Message = "Letter {LetterId} sent after {Attempts} attempts")]
    private static partial void LogSent(ILogger logger, string letterId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letter {LetterId} was already handed over before a restart; recorded as sent without sending again")]
    private static partial void LogRecovered(ILogger logger, string letterId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letter {LetterId} attempt {Attempts} failed ({Reason}); next attempt in {Delay}")]
    private static partial void LogRetry(ILogger logger, string letterId, int attempts, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Letter {LetterId} failed after {Attempts} attempts ({Reason}); raised to the privacy officer")]
    private static partial void LogFailed(ILogger logger, string letterId, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Letter {LetterId} is no longer stored (its case file was purged); nothing to send")]
    private static partial void LogWithdrawn(ILogger logger, string letterId);
}

/// <summary>What one delivery of a letter's reference did.</summary>
public enum LetterDelivery
{
    Sent,
    AlreadySent,
    AlreadyFailed,
    InFlight,
    Retrying,
    Failed,
    Withdrawn,
}

namespace Registry.Letters.Delivery;

/// <summary>
/// Hands a letter to the mail system. Both operations are keyed by <see cref="OutboundLetter.LetterId"/>: the
/// transport derives its idempotency key (ACS Email's operation id, the local sink's file name) from it.
/// </summary>
public interface ILetterTransport
{
    Task<TransportResult> SendAsync(OutboundLetter letter, DateTimeOffset attemptStarted, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether an earlier attempt already handed this letter over: asked before sending again after a sender crashed
    /// between sending and recording. False when the transport has no record of it.
    /// </summary>
    Task<bool> WasSentAsync(string letterId, CancellationToken cancellationToken = default);
}

/// <summary>What the mail system answered. Reasons name status codes and error codes, never an address or text.</summary>
public abstract record TransportResult
{
    private TransportResult()
    {
    }

    public sealed record Sent(string ProviderId) : TransportResult;

    /// <summary>Worth trying again later (throttling, a 5xx, a network failure).</summary>
    public sealed record Transient(string Reason) : TransportResult;

    /// <summary>Will fail the same way again (a refused address, a rejected sender): raised to the officer at once.</summary>
    public sealed record Permanent(string Reason) : TransportResult;
}

namespace Registry.Letters.Delivery;

/// <summary>
/// A letter's delivery state, kept per letter id: <c>queued</c> → <c>sending</c> (claimed, before the transport is
/// called) → <c>sent</c> or <c>failed</c>; a transient failure returns it to <c>queued</c> with the attempt counted.
/// </summary>
public enum LetterState
{
    Queued,
    Sending,
    Sent,
    Failed,
}

using Registry.Cases;

namespace Registry.Letters.Delivery;

/// <summary>
/// What <c>outbound-mail</c> carries: the letter's id and its case, nothing personal. The letter itself waits sealed
/// under the case's key in the case's partition (<see cref="ILetterStore"/>), so the queue holds no personal data at rest
/// and erasing the case file makes a letter still queued unreadable too.
/// </summary>
public sealed record LetterReference(string LetterId, CaseReference? CaseReference);

using Registry.Cases;

namespace Registry.Letters.Delivery;

/// <summary>Where queued letters wait (sealed) and where their delivery state is kept, one row per letter id.</summary>
public interface ILetterStore
{
    /// <summary>Stores the letter in state <c>queued</c> unless its id is already stored (a producer's retry changes nothing).</summary>
    Task PutAsync(OutboundLetter letter, DateTimeOffset queuedAt, CancellationToken cancellationToken = default);

    Task<StoredLetter?> GetAsync(LetterReference reference, CancellationToken cancellationToken = default);

    /// <summary>Moves the letter to <c>sending</c> if it is still at <paramref name="version"/>; the new version, or null when another delivery got there first.</summary>
    Task<string?> ClaimAsync(LetterReference reference, string version, int attempts, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the outcome if the letter is still at <paramref name="version"/>, and appends <paramref name="timeline"/> to its
    /// case in the same transaction (one partition), so a delivery and its timeline entry are never recorded apart.
    /// </summary>
    Task<bool> RecordAsync(LetterReference reference, string version, LetterOutcome outcome, CaseEvent? timeline, CancellationToken cancellationToken = default);
}

/// <summary>A delivery's recorded result: the state, the attempts so far, and the failure's reason (no personal data).</summary>
public sealed record LetterOutcome(LetterState State, int Attempts, string? Reason, DateTimeOffset At);

using Registry.Orders;

namespace Registry.Subjects;

/// <summary>The <c>Subjects</c> table: one partition per data subject holds everything personal about them (D4).</summary>
public interface ISubjectPartitions
{
    /// <summary>The profile and current preferences in one read; null when the partition has no profile yet.</summary>
    Task<SubjectRecord?> ReadForIngestionAsync(SubjectId subject, CancellationToken cancellationToken = default);

    Task<bool> HasOrderAsync(SubjectId subject, OrderRef order, CancellationToken cancellationToken = default);

    Task<CommitOutcome> CommitOrderAsync(SubjectCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a returning customer's order without a read; <see cref="CommitOutcome.Conflict"/> when the person has no
    /// profile row (erased, anonymised, or never stored): the caller then reads the partition and commits as for anyone.
    /// </summary>
    Task<CommitOutcome> CommitBlindAsync(BlindCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the profile row if it is still at <see cref="ProfileWrite.ETag"/>, sealed with <paramref name="keys"/> (a key they
    /// create is stored in the same transaction); <see cref="CommitOutcome.Conflict"/> when it changed meanwhile.
    /// </summary>
    Task<CommitOutcome> ReplaceProfileAsync(SubjectId subject, Privacy.Encryption.Keyring keys, ProfileWrite profile, CancellationToken cancellationToken = default);
}

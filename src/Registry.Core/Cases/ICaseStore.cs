using Registry.Subjects;

namespace Registry.Cases;

/// <summary>
/// Where cases live. Every write is conditional (insert-if-absent or ETag), so a retried handler finds
/// what its earlier attempt did instead of doing it twice.
/// </summary>
public interface ICaseStore
{
    /// <summary>The next reference of a year, from a per-year counter updated under optimistic concurrency.</summary>
    Task<CaseReference> NextReferenceAsync(int year, CancellationToken cancellationToken = default);

    /// <summary>The case a message key already opened, if any.</summary>
    Task<CaseReference?> FindMessageAsync(string messageKey, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="messageKey"/> opens <paramref name="candidate"/> unless it already opened a case; returns the holder.</summary>
    Task<CaseReference> ClaimMessageAsync(string messageKey, CaseReference candidate, CancellationToken cancellationToken = default);

    /// <summary>Stores a new case with its first event in one transaction; false when it already exists.</summary>
    Task<bool> CreateAsync(SubjectCase subjectCase, CaseEvent opened, CancellationToken cancellationToken = default);

    Task<StoredCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default);

    /// <summary>Replaces the case if it is still at <paramref name="version"/>, appending the event in the same transaction; false on a concurrent change.</summary>
    Task<bool> UpdateAsync(SubjectCase changed, string version, CaseEvent happened, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an event unless one with its id is already there, whatever time either carries (a redelivered reply, a
    /// refusal noted by two deliveries of one decision). Events written by <see cref="CreateAsync"/> and
    /// <see cref="UpdateAsync"/> are kept single by the case's insert and ETag instead.
    /// </summary>
    Task AppendEventAsync(CaseReference reference, CaseEvent happened, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CaseEvent>> TimelineAsync(CaseReference reference, CancellationToken cancellationToken = default);

    /// <summary>Cases, optionally of one status and due on or before a day, ordered by deadline.</summary>
    Task<IReadOnlyList<SubjectCase>> ListAsync(CaseStatus? status, DateOnly? dueBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// The cases linked to <paramref name="subject"/> (an access package lists them). The default reads every case,
    /// which is fine because cases are few; a store overrides it with a filtered query.
    /// </summary>
    async Task<IReadOnlyList<SubjectCase>> ListBySubjectAsync(SubjectId subject, CancellationToken cancellationToken = default) =>
        (await ListAsync(null, null, cancellationToken)).Where(c => c.SubjectId == subject).ToList();
}

/// <summary>A case as read, with the version a conditional update needs.</summary>
public sealed record StoredCase(SubjectCase Case, string Version);

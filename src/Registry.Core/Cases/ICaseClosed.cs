namespace Registry.Cases;

/// <summary>
/// Told when a case is about to close (completed, refused or withdrawn), before the closing write, so what must
/// follow a closure (the case file's retention date) is never lost to a crash after it. Must be idempotent: a
/// retried close calls it again. A partially completed case is not closed (its erasure waits for holds).
/// </summary>
public interface ICaseClosed
{
    Task ClosingAsync(CaseReference reference, CaseStatus status, DateTimeOffset closedAt, CancellationToken cancellationToken = default);

    /// <summary>The statuses that close a case for good.</summary>
    static bool Closes(CaseStatus status) => status is CaseStatus.Completed or CaseStatus.Refused or CaseStatus.Withdrawn;
}

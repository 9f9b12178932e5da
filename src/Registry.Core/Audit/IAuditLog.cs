using Registry.Subjects;

namespace Registry.Audit;

/// <summary>The append-only audit log. An entry is written before the read or change it records is answered.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ForDayAsync(DateOnly day, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default);
}

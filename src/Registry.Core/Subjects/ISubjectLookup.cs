namespace Registry.Subjects;

/// <summary>Finds and registers people by the blind index of their e-mail address.</summary>
public interface ISubjectLookup
{
    Task<SubjectId?> FindByEmailAsync(string emailIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// The e-mail's subject and its suppression in one read: ingestion needs both for a new customer, and the
    /// suppression must be known before the person's first commit (docs/performance.md, issue 18).
    /// </summary>
    Task<EmailEntry> FindEmailAsync(string emailIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers <paramref name="candidate"/> for the e-mail unless someone registered it first, and returns
    /// whoever holds it now: concurrent first orders for one new address agree on one subject.
    /// </summary>
    Task<SubjectId> ClaimEmailAsync(string emailIndex, SubjectId candidate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops the e-mail finding <paramref name="subject"/> if it still names them (a corrected address must no longer find
    /// them, nor an erased person's): the entry goes, or keeps only its suppression when it holds one.
    /// </summary>
    Task ReleaseEmailAsync(string emailIndex, SubjectId subject, CancellationToken cancellationToken = default);
}

namespace Registry.Subjects;

/// <summary>Finds and registers people by the blind index of their e-mail address.</summary>
public interface ISubjectLookup
{
    Task<SubjectId?> FindByEmailAsync(string emailIndex, CancellationToken cancellationToken = default);

    /// <summary>
    /// Registers <paramref name="candidate"/> for the e-mail unless someone registered it first, and returns
    /// whoever holds it now: concurrent first orders for one new address agree on one subject.
    /// </summary>
    Task<SubjectId> ClaimEmailAsync(string emailIndex, SubjectId candidate, CancellationToken cancellationToken = default);

    /// <summary>Removes the e-mail's entry if it still names <paramref name="subject"/> (a corrected address must no longer find them).</summary>
    Task ReleaseEmailAsync(string emailIndex, SubjectId subject, CancellationToken cancellationToken = default);
}

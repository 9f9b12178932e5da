using Registry.Subjects;

namespace Registry.Restrictions;

/// <summary>The <c>status|restricted</c> marker of a subject's partition (Art. 18), which audiences and search honour.</summary>
public interface ISubjectRestrictions
{
    /// <summary>Marks the subject restricted unless it already is; returns the marker in force (an earlier one is kept).</summary>
    Task<Restriction> RestrictAsync(SubjectId subject, Restriction restriction, CancellationToken cancellationToken = default);

    Task<Restriction?> FindAsync(SubjectId subject, CancellationToken cancellationToken = default);

    /// <summary>The <c>status|erased</c> marker: the person is erased but for accounting data a hold keeps (usable for accounts and claims only).</summary>
    Task<ErasureMark?> FindErasureAsync(SubjectId subject, CancellationToken cancellationToken = default);

    /// <summary>Removes the marker; false when there was none.</summary>
    Task<bool> LiftAsync(SubjectId subject, CancellationToken cancellationToken = default);
}

using Registry.Cases;
using Registry.Execution.Access;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// Access packages are the one copy of a person's data that is not sealed (the person's link must open it), so
/// crypto-shredding cannot reach them: an erasure deletes them. The package of the erasure's own case stays, when
/// the person asked for a copy and erasure together: they get their copy, whose link ends in 7 days and which the
/// purge deletes after <c>AccessPackageDays</c>.
/// </summary>
public sealed class AccessPackageRemoval(ICaseStore cases, IAccessPackageFiles files)
{
    public async Task<int> RemoveAsync(SubjectId subject, CaseReference? keep, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var subjectCase in await cases.ListBySubjectAsync(subject, cancellationToken))
        {
            if (subjectCase.Reference != keep)
            {
                deleted += await files.DeleteAllAsync(subjectCase.Reference, cancellationToken);
            }
        }

        return deleted;
    }
}

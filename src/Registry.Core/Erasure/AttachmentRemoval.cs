using Registry.Cases;
using Registry.Cases.Attachments;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// Mail attachments are the person's own papers (letters, copies of documents) and, unlike the rest of a case file,
/// no evidence of how the case was handled: an erasure deletes those of every case linked to the person, the erasure's
/// own included. The case file keeps its timeline until the purge.
/// </summary>
public sealed class AttachmentRemoval(ICaseStore cases, ICaseAttachments attachments)
{
    public async Task<int> RemoveAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        foreach (var subjectCase in await cases.ListBySubjectAsync(subject, cancellationToken))
        {
            deleted += await attachments.DeleteAllAsync(subjectCase.Reference, cancellationToken);
        }

        return deleted;
    }
}

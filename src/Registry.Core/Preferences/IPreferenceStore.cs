using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>The preference rows of a subject's partition: current state and history change in one transaction.</summary>
public interface IPreferenceStore
{
    /// <summary>The profile and current preferences with their versions; null for a subject the register does not hold.</summary>
    Task<SubjectRecord?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the history rows and writes the current rows at the versions read; a purpose whose current row is written loses
    /// the pending events the read folded into it (<paramref name="folded"/>) in the same transaction.
    /// </summary>
    Task<PreferenceCommit> CommitAsync(
        SubjectId subject, IReadOnlyList<PreferenceWrite> writes, IReadOnlyDictionary<ConsentPurpose, FoldedPreference> folded, CancellationToken cancellationToken = default);
}

/// <summary>How a preference transaction ended.</summary>
public abstract record PreferenceCommit
{
    private PreferenceCommit()
    {
    }

    public sealed record Committed : PreferenceCommit;

    /// <summary>Another writer changed a current row since it was read: read again and retry.</summary>
    public sealed record Conflict : PreferenceCommit;

    /// <summary>The history already holds the event of <paramref name="WriteIndex"/>: a retry; drop it and retry the rest.</summary>
    public sealed record AlreadyRecorded(int WriteIndex) : PreferenceCommit;
}

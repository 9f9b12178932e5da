using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy.Encryption;

namespace Registry.Subjects;

/// <summary>
/// Everything one order changes in a subject's partition, written as one entity-group transaction:
/// all of it or none of it. Versions (ETags) make a concurrent change fail the whole transaction.
/// Personal values are sealed with <paramref name="Keys"/>; keys it creates are stored in the same transaction.
/// </summary>
public sealed record SubjectCommit(
    SubjectId Subject,
    Keyring Keys,
    ProfileWrite? Profile,
    StoredOrder Order,
    IReadOnlyList<PreferenceWrite> Preferences)
{
    /// <summary>Pending preference events the read folded in: the commit writes their purposes' current rows and removes them.</summary>
    public IReadOnlyDictionary<ConsentPurpose, FoldedPreference> FoldedPreferences { get; init; } = FoldedRows.None.Preferences;
}

/// <summary>The new profile; <paramref name="ETag"/> null means the profile row must not exist yet.</summary>
public sealed record ProfileWrite(CustomerProfile Profile, string? ETag)
{
    /// <summary>The contact snapshots (and their keys) folded into <see cref="Profile"/>: removed in the same transaction.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <summary>
    /// Pending preference events folded with the profile: their purposes' current rows are written as folded (at the versions
    /// read) and the events removed in the same transaction.
    /// </summary>
    public IReadOnlyDictionary<ConsentPurpose, FoldedPreference> FoldedPreferences { get; init; } = FoldedRows.None.Preferences;
}

/// <summary>
/// An event for the history; when <paramref name="BecomesCurrent"/>, this write also replaces the purpose's current row
/// (at <paramref name="CurrentETag"/>) with <see cref="Current"/>, whose deciding event may be another one (a person's objection stands).
/// </summary>
public sealed record PreferenceWrite(PreferenceEvent Event, bool BecomesCurrent, string? CurrentETag, PreferenceStanding? Standing = null)
{
    /// <summary>The purpose's standing after this batch; written to the current row when <see cref="BecomesCurrent"/>.</summary>
    public PreferenceStanding Current => Standing ?? PreferenceStanding.Of(Event);
}

public enum CommitOutcome
{
    Committed,

    /// <summary>The row this write adds was already there: an earlier attempt of the same write committed.</summary>
    AlreadyRecorded,

    /// <summary>Another writer changed the partition since it was read; read again and retry.</summary>
    Conflict,
}

using Registry.Preferences;
using Registry.Privacy.Encryption;

namespace Registry.Subjects;

/// <summary>
/// What ingestion reads of a subject's partition: the profile and current preferences, with their
/// versions, and the data keys their personal values are sealed with. Both are already folded with what returning
/// customers' orders appended without a read (<see cref="Folded"/>), which the next write of the profile removes.
/// </summary>
public sealed record SubjectRecord(
    CustomerProfile Profile,
    string? ProfileETag,
    IReadOnlyDictionary<ConsentPurpose, CurrentPreference> Preferences,
    Keyring Keys)
{
    /// <summary>The appended rows this read folded in; empty when there were none.</summary>
    public FoldedRows Folded { get; init; } = FoldedRows.None;

    /// <summary>A subject with nothing stored yet.</summary>
    public static SubjectRecord New(SubjectId subject) =>
        new(CustomerProfile.Empty, null, new Dictionary<ConsentPurpose, CurrentPreference>(), Keyring.Empty(subject));
}

/// <summary>The event that decides a purpose's current state, with the version of its row.</summary>
/// <param name="Event">The deciding event.</param>
/// <param name="ETag">The version of the current row; null when only appended events decide it (there is no row yet).</param>
/// <param name="Standing">The latest event and the person's latest act the row keeps; null for a row that holds one event.</param>
public sealed record CurrentPreference(PreferenceEvent Event, string? ETag, PreferenceStanding? Standing = null)
{
    /// <summary>The standing the row keeps (a row written before actors were recorded holds one event).</summary>
    public PreferenceStanding Summary => Standing ?? PreferenceStanding.Of(Event);
}

/// <summary>
/// Rows a returning customer's order appended without reading the partition (contact snapshots with their keys, pending
/// preference events), as opaque row names. A write that replaces the profile, or a purpose's current row, removes them
/// in its own transaction; folding one again before that is harmless.
/// </summary>
/// <param name="ProfileRows">The snapshots and their data keys.</param>
/// <param name="Preferences">Per purpose, the current standing with its pending events folded in, and those events' rows.</param>
public sealed record FoldedRows(IReadOnlyList<string> ProfileRows, IReadOnlyDictionary<ConsentPurpose, FoldedPreference> Preferences)
{
    public static FoldedRows None { get; } = new([], new Dictionary<ConsentPurpose, FoldedPreference>());
}

/// <summary>A purpose's current standing after folding in its pending events, and the rows of those events.</summary>
public sealed record FoldedPreference(CurrentPreference Current, IReadOnlyList<string> Rows);

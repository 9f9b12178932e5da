using Registry.Preferences;
using Registry.Privacy.Encryption;

namespace Registry.Subjects;

/// <summary>
/// What ingestion reads of a subject's partition: the profile and current preferences, with their
/// versions, and the data keys their personal values are sealed with.
/// </summary>
public sealed record SubjectRecord(
    CustomerProfile Profile,
    string? ProfileETag,
    IReadOnlyDictionary<ConsentPurpose, CurrentPreference> Preferences,
    Keyring Keys)
{
    /// <summary>A subject with nothing stored yet.</summary>
    public static SubjectRecord New(SubjectId subject) =>
        new(CustomerProfile.Empty, null, new Dictionary<ConsentPurpose, CurrentPreference>(), Keyring.Empty(subject));
}

/// <summary>The event that decides a purpose's current state, with the version of its row.</summary>
/// <param name="Event">The deciding event.</param>
/// <param name="ETag">The version of the current row.</param>
/// <param name="Standing">The latest event and the person's latest act the row keeps; null for a row that holds one event.</param>
public sealed record CurrentPreference(PreferenceEvent Event, string ETag, PreferenceStanding? Standing = null)
{
    /// <summary>The standing the row keeps (a row written before actors were recorded holds one event).</summary>
    public PreferenceStanding Summary => Standing ?? PreferenceStanding.Of(Event);
}

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
public sealed record CurrentPreference(PreferenceEvent Event, string ETag);

using Registry.Preferences;

namespace Registry.Subjects;

/// <summary>What ingestion reads of a subject's partition: the profile and current preferences, with their versions.</summary>
public sealed record SubjectRecord(
    CustomerProfile Profile,
    string? ProfileETag,
    IReadOnlyDictionary<ConsentPurpose, CurrentPreference> Preferences)
{
    public static SubjectRecord New { get; } = new(CustomerProfile.Empty, null, new Dictionary<ConsentPurpose, CurrentPreference>());
}

/// <summary>The event that decides a purpose's current state, with the version of its row.</summary>
public sealed record CurrentPreference(PreferenceEvent Event, string ETag);

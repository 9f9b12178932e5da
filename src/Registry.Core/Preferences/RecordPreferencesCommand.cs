using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>Record <paramref name="Events"/> for one subject.</summary>
public sealed record RecordPreferencesCommand(SubjectId Subject, IReadOnlyList<PreferenceEvent> Events);

/// <summary>What recording preference events ended in.</summary>
public abstract record RecordPreferencesOutcome
{
    private RecordPreferencesOutcome()
    {
    }

    /// <summary>Every event is in the history (now or from an earlier attempt); <paramref name="Current"/> is the deciding event per purpose.</summary>
    public sealed record Recorded(SubjectId Subject, IReadOnlyDictionary<ConsentPurpose, PreferenceEvent> Current) : RecordPreferencesOutcome;

    public sealed record UnknownSubject : RecordPreferencesOutcome;

    public sealed record Contended : RecordPreferencesOutcome;
}

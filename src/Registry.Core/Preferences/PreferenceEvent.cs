using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>One recorded choice: it happened at its provenance's observed time; <paramref name="EventId"/> makes retries harmless.</summary>
public sealed record PreferenceEvent(
    string EventId,
    ConsentPurpose Purpose,
    PreferenceState State,
    Provenance Provenance,
    string? Evidence)
{
    public DateTimeOffset OccurredAt => Provenance.ObservedAt;

    /// <summary>
    /// Whether this event decides the current state over <paramref name="current"/>: the latest by the
    /// time it happened wins, and at the same instant an objection wins (Art. 21(3)).
    /// </summary>
    public bool Supersedes(PreferenceEvent? current) =>
        current is null
        || OccurredAt > current.OccurredAt
        || (OccurredAt == current.OccurredAt && State == PreferenceState.Objected && current.State != PreferenceState.Objected);
}

using Registry.Serialization;
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
    /// <summary>
    /// The sources that are the person's own act by their nature: only the register records them, from the
    /// person's click, case or earlier objection. Other events are the client's unless sent as the person's with evidence.
    /// </summary>
    private static readonly string[] PersonsOwnSources =
        [PreferenceChannel.UnsubscribeLink.ToWire(), PreferenceChannel.SuppressionList.ToWire(), PreferenceChannel.SubjectRequest.ToWire()];

    public DateTimeOffset OccurredAt => Provenance.ObservedAt;

    /// <summary>Whose act this is; events from the register's own person channels are the person's.</summary>
    public PreferenceActor Actor { get; init; } = PersonsOwnSources.Contains(Provenance.Source) ? PreferenceActor.Person : PreferenceActor.Client;

    /// <summary>
    /// Whether this event decides the current state over <paramref name="current"/>: the latest by the
    /// time it happened wins, and at the same instant an objection wins (Art. 21(3)).
    /// </summary>
    public bool Supersedes(PreferenceEvent? current) =>
        current is null
        || OccurredAt > current.OccurredAt
        || (OccurredAt == current.OccurredAt && State == PreferenceState.Objected && current.State != PreferenceState.Objected);
}

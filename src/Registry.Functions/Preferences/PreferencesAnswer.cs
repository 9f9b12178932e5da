using Registry.Clients;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Functions.Preferences;

/// <summary>
/// The answer to a recorded batch: every purpose's state now, and whether a recorded event or the default decides it.
/// The person's state is theirs to have respected by every client; who recorded it is not: the deciding event's id is
/// shown only to the client that recorded it, so an answer never tells a client that another client knows the person.
/// </summary>
public sealed record PreferencesAnswer(string SubjectId, IReadOnlyList<PurposeState> Preferences)
{
    public static PreferencesAnswer From(RecordPreferencesOutcome.Recorded recorded, PreferenceDefaults defaults, ClientId client) =>
        new(recorded.Subject.Value, Enum.GetValues<ConsentPurpose>().Select(purpose =>
            recorded.Current.TryGetValue(purpose, out var @event)
                ? new PurposeState(purpose.ToWire(), @event.State.ToWire(), "recorded", @event.OccurredAt, @event.Provenance.Client == client ? @event.EventId : null, @event.Actor.ToWire())
                : new PurposeState(purpose.ToWire(), defaults.For(purpose).ToWire(), "default", null, null, null)).ToList());
}

/// <summary>
/// One purpose's current state; <paramref name="DecidedBy"/> is <c>recorded</c> or <c>default</c>, and <paramref name="Actor"/>
/// whose act the deciding event is (<c>person</c> or <c>client</c>).
/// </summary>
public sealed record PurposeState(string Purpose, string State, string DecidedBy, DateTimeOffset? OccurredAt, string? EventId, string? Actor);

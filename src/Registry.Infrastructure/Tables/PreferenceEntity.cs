using Azure.Data.Tables;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Maps preference events to the current-state row (<c>pref|{purpose}</c>) and history rows (<c>prefevent|{id}</c>).
/// The current row holds the deciding event's columns, and in <c>Standing</c> the latest event and the person's
/// latest act it was decided from (a row written before actors were recorded has none: it holds one event).
/// </summary>
internal static class PreferenceEntity
{
    public static TableEntity Current(SubjectId subject, PreferenceStanding standing)
    {
        var entity = Fill(new TableEntity(subject.Value, SubjectRows.Preference(standing.Deciding.Purpose)), standing.Deciding);
        entity["Standing"] = StorageJson.Write(new StoredStanding(ToStored(standing.Latest), standing.PersonsLatest is { } p ? ToStored(p) : null));
        return entity;
    }

    public static TableEntity History(SubjectId subject, PreferenceEvent @event) =>
        Fill(new TableEntity(subject.Value, SubjectRows.PreferenceEvent(@event.EventId)), @event);

    /// <summary>An event a returning customer's order appended without reading the current row (<c>pref|{purpose}|{id}</c>).</summary>
    public static TableEntity Pending(SubjectId subject, PreferenceEvent @event) =>
        Fill(new TableEntity(subject.Value, SubjectRows.PendingPreference(@event.Purpose, @event.EventId)), @event);

    public static PreferenceEvent FromEntity(TableEntity entity) => Event(new StoredEvent(
        entity.GetString("EventId"), entity.GetString("Purpose"), entity.GetString("State"),
        StorageJson.Read<Provenance>(entity.GetString("Provenance")), entity.GetString("Evidence"), entity.GetString("Actor")));

    public static CurrentPreference CurrentFromEntity(TableEntity entity)
    {
        var deciding = FromEntity(entity);
        var standing = entity.GetString("Standing") is { } json ? StorageJson.Read<StoredStanding>(json) : null;
        return new CurrentPreference(
            deciding, entity.ETag.ToString(), standing is null ? null : new PreferenceStanding(Event(standing.Latest), standing.PersonsLatest is { } p ? Event(p) : null));
    }

    private static TableEntity Fill(TableEntity entity, PreferenceEvent @event)
    {
        entity["EventId"] = @event.EventId;
        entity["Purpose"] = @event.Purpose.ToWire();
        entity["State"] = @event.State.ToWire();
        entity["OccurredAt"] = @event.OccurredAt;
        entity["Provenance"] = StorageJson.Write(@event.Provenance);
        entity["Evidence"] = @event.Evidence;
        entity["Actor"] = @event.Actor.ToWire();
        return entity;
    }

    private static StoredEvent ToStored(PreferenceEvent e) =>
        new(e.EventId, e.Purpose.ToWire(), e.State.ToWire(), e.Provenance, e.Evidence, e.Actor.ToWire());

    private static PreferenceEvent Event(StoredEvent stored)
    {
        var @event = new PreferenceEvent(
            stored.EventId,
            Stored.Parse<ConsentPurpose>(stored.Purpose, WireName<ConsentPurpose>.TryParse),
            Stored.Parse<PreferenceState>(stored.State, WireName<PreferenceState>.TryParse),
            stored.Provenance,
            stored.Evidence);

        // A row written before actors were recorded keeps the actor its source implies.
        return stored.Actor is null ? @event : @event with { Actor = Stored.Parse<PreferenceActor>(stored.Actor, WireName<PreferenceActor>.TryParse) };
    }

    private sealed record StoredEvent(string EventId, string Purpose, string State, Provenance Provenance, string? Evidence, string? Actor);

    private sealed record StoredStanding(StoredEvent Latest, StoredEvent? PersonsLatest);
}

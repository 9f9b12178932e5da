using Azure.Data.Tables;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>Maps preference events to the current-state row (<c>pref|{purpose}</c>) and history rows (<c>prefevent|{id}</c>).</summary>
internal static class PreferenceEntity
{
    public static TableEntity Current(SubjectId subject, PreferenceEvent @event) =>
        Fill(new TableEntity(subject.Value, SubjectRows.Preference(@event.Purpose)), @event);

    public static TableEntity History(SubjectId subject, PreferenceEvent @event) =>
        Fill(new TableEntity(subject.Value, SubjectRows.PreferenceEvent(@event.EventId)), @event);

    public static PreferenceEvent FromEntity(TableEntity entity)
    {
        return new PreferenceEvent(
            entity.GetString("EventId"),
            Stored.Parse<ConsentPurpose>(entity.GetString("Purpose"), WireName<ConsentPurpose>.TryParse),
            Stored.Parse<PreferenceState>(entity.GetString("State"), WireName<PreferenceState>.TryParse), StorageJson.Read<Provenance>(entity.GetString("Provenance")), entity.GetString("Evidence"));
    }

    private static TableEntity Fill(TableEntity entity, PreferenceEvent @event)
    {
        entity["EventId"] = @event.EventId;
        entity["Purpose"] = @event.Purpose.ToWire();
        entity["State"] = @event.State.ToWire();
        entity["OccurredAt"] = @event.OccurredAt;
        entity["Provenance"] = StorageJson.Write(@event.Provenance);
        entity["Evidence"] = @event.Evidence;
        return entity;
    }
}

using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>
/// Decides, without I/O, what a batch of events writes to a subject's partition: every event goes to the
/// history, and per purpose the new <see cref="PreferenceStanding"/> (latest event, the person's latest act)
/// replaces the current row when it changed. Replaying the same events yields the same writes, and an event
/// older than the current one is kept in history without changing the state.
/// </summary>
public static class PreferenceLedger
{
    /// <summary>
    /// The current preferences with appended events folded in (each purpose's standing moved on by every event, as
    /// <see cref="Plan"/> would); a purpose keeps the version of its stored row, null when it has none.
    /// </summary>
    public static IReadOnlyDictionary<ConsentPurpose, CurrentPreference> Fold(
        IReadOnlyDictionary<ConsentPurpose, CurrentPreference> current, IEnumerable<PreferenceEvent> appended)
    {
        var folded = new Dictionary<ConsentPurpose, CurrentPreference>(current);
        foreach (var @event in appended)
        {
            var stored = folded.GetValueOrDefault(@event.Purpose);
            var standing = stored is null ? PreferenceStanding.Of(@event) : stored.Summary.With(@event);
            folded[@event.Purpose] = new CurrentPreference(standing.Deciding, stored?.ETag, standing);
        }

        return folded;
    }

    public static IReadOnlyList<PreferenceWrite> Plan(
        IReadOnlyDictionary<ConsentPurpose, CurrentPreference> current, IEnumerable<PreferenceEvent> events)
    {
        var distinct = events.DistinctBy(e => e.EventId).ToList();
        var standings = new Dictionary<ConsentPurpose, PreferenceStanding?>();
        var carriers = new Dictionary<ConsentPurpose, PreferenceEvent>();
        foreach (var @event in distinct)
        {
            var before = standings.TryGetValue(@event.Purpose, out var pending) ? pending : current.GetValueOrDefault(@event.Purpose)?.Summary;
            var after = before is null ? PreferenceStanding.Of(@event) : before.With(@event);
            if (after != before)
            {
                standings[@event.Purpose] = after;
                carriers[@event.Purpose] = @event; // one write per purpose carries the current row
            }
        }

        return distinct
            .Select(e => carriers.TryGetValue(e.Purpose, out var carrier) && ReferenceEquals(carrier, e)
                ? new PreferenceWrite(e, true, current.GetValueOrDefault(e.Purpose)?.ETag, standings[e.Purpose])
                : new PreferenceWrite(e, false, current.GetValueOrDefault(e.Purpose)?.ETag))
            .ToList();
    }
}

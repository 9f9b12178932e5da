using Registry.Subjects;

namespace Registry.Preferences;

/// <summary>
/// Decides, without I/O, what a batch of events writes to a subject's partition: every event goes to the
/// history, and per purpose the event that supersedes all others (latest <c>occurredAt</c>, objection on a
/// tie) replaces the current row. Replaying the same events yields the same writes, and an event older
/// than the current one is kept in history without changing the state.
/// </summary>
public static class PreferenceLedger
{
    public static IReadOnlyList<PreferenceWrite> Plan(
        IReadOnlyDictionary<ConsentPurpose, CurrentPreference> current, IEnumerable<PreferenceEvent> events)
    {
        var distinct = events.DistinctBy(e => e.EventId).ToList();
        var winners = new Dictionary<ConsentPurpose, PreferenceEvent>();
        foreach (var @event in distinct)
        {
            var best = winners.TryGetValue(@event.Purpose, out var pending) ? pending : current.GetValueOrDefault(@event.Purpose)?.Event;
            if (@event.Supersedes(best))
            {
                winners[@event.Purpose] = @event;
            }
        }

        return distinct
            .Select(e => new PreferenceWrite(
                e, winners.TryGetValue(e.Purpose, out var winner) && ReferenceEquals(winner, e), current.GetValueOrDefault(e.Purpose)?.ETag))
            .ToList();
    }
}

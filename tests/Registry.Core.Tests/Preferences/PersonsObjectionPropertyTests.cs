using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;
using static Registry.Core.Tests.Preferences.PreferenceEvents;

namespace Registry.Core.Tests.Preferences;

/// <summary>
/// Events of the person and of clients, delivered in random order and batches: the ledger ends where the rule
/// written out here says: objected while the person's own latest act is an objection, else the latest event decides.
/// </summary>
public class PersonsObjectionPropertyTests
{
    private static readonly Gen<PreferenceEvent[]> Events =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 4]).Array[1, 10]
            .Select(specs => specs.Select((s, i) => Event(
                $"e{i}", ConsentPurpose.DirectMarketing, s.Item1 ? PreferenceState.Objected : PreferenceState.Consented, T0.AddMinutes(s.Item3))
                with { Actor = s.Item2 ? PreferenceActor.Person : PreferenceActor.Client }).ToArray());

    [Fact]
    public void Handle_AnyOrderOfPersonAndClientEvents_EndsAtTheIndependentRule()
    {
        Gen.Select(Events, Gen.Int.Array[10], Gen.Bool.Array[10]).Sample((events, keys, breaks) =>
        {
            var store = new InMemoryPreferenceStore();
            var handler = new RecordPreferencesHandler(
                store, Mock.Of<ISuppressionList>(), Mock.Of<IBlindIndex>(), new FakeTimeProvider(T0), NullLogger<RecordPreferencesHandler>.Instance);
            var shuffled = events.Select((e, i) => (e, key: keys[i])).OrderBy(p => p.key).Select(p => p.e).ToList();
            var batch = new List<PreferenceEvent>();
            for (var i = 0; i < shuffled.Count; i++)
            {
                batch.Add(shuffled[i]);
                if (breaks[i] || i == shuffled.Count - 1)
                {
                    handler.HandleAsync(new RecordPreferencesCommand(Subject, batch)).GetAwaiter().GetResult();
                    batch = [];
                }
            }

            Assert.Equal(Expected(events), store.Current[ConsentPurpose.DirectMarketing].State);
        }, iter: 500);
    }

    private static SubjectId Subject { get; } = SubjectId.New();

    private static PreferenceState Expected(IReadOnlyList<PreferenceEvent> events)
    {
        // The person's own acts: the latest (an objection on a tie) locks the state when it is an objection.
        var own = events.Where(e => e.Actor == PreferenceActor.Person).ToList();
        if (own.Count > 0)
        {
            var latestOwn = own.Max(e => e.OccurredAt);
            if (own.Any(e => e.OccurredAt == latestOwn && e.State == PreferenceState.Objected))
            {
                return PreferenceState.Objected;
            }
        }

        var latest = events.Max(e => e.OccurredAt);
        return events.Any(e => e.OccurredAt == latest && e.State == PreferenceState.Objected) ? PreferenceState.Objected : PreferenceState.Consented;
    }
}

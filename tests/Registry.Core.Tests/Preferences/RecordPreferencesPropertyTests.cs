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
/// Random events, delivered in random order, in random batches, with random duplicates: whatever the
/// interleaving, the ledger ends at the state of the latest event by occurredAt (objection on a tie) and
/// keeps every distinct event exactly once.
/// </summary>
public class RecordPreferencesPropertyTests
{
    private static readonly ConsentPurpose[] Purposes = [ConsentPurpose.DirectMarketing, ConsentPurpose.MarketResearch];

    // Few purposes and few instants, so ties and same-purpose races are common.
    private static readonly Gen<PreferenceEvent[]> Events =
        Gen.Select(Gen.Int[0, 1], Gen.Bool, Gen.Int[0, 4]).Array[1, 12]
            .Select(specs => specs.Select((s, i) => Event(
                $"e{i}", Purposes[s.Item1], s.Item2 ? PreferenceState.Objected : PreferenceState.Consented, T0.AddMinutes(s.Item3))).ToArray());

    /// <summary>Each event delivered 1-3 times; the sort keys shuffle the deliveries, the breaks cut them into batches.</summary>
    private static readonly Gen<(PreferenceEvent[] Events, int[] Copies, int[] Keys, bool[] Breaks)> Deliveries =
        Events.SelectMany(events => Gen.Select(
            Gen.Const(events), Gen.Int[1, 3].Array[events.Length], Gen.Int.Array[events.Length * 3], Gen.Bool.Array[events.Length * 3]));

    [Fact]
    public void Handle_AnyInterleavingWithDuplicates_EndsAtLatestEventAndKeepsEveryDistinctEvent()
    {
        Deliveries.Sample(d =>
        {
            var store = new InMemoryPreferenceStore();
            var handler = Handler(store);
            var deliveries = d.Events.SelectMany((e, i) => Enumerable.Repeat(e, d.Copies[i])).ToList();
            var shuffled = deliveries.Select((e, i) => (e, key: d.Keys[i])).OrderBy(p => p.key).Select(p => p.e).ToList();

            var batch = new List<PreferenceEvent>();
            for (var i = 0; i < shuffled.Count; i++)
            {
                batch.Add(shuffled[i]);
                if (d.Breaks[i] || i == shuffled.Count - 1)
                {
                    var outcome = handler.HandleAsync(new RecordPreferencesCommand(Subject, batch)).GetAwaiter().GetResult();
                    Assert.IsType<RecordPreferencesOutcome.Recorded>(outcome);
                    batch = [];
                }
            }

            Assert.Equal(d.Events.Select(e => e.EventId).Order(), store.History.Keys.Order());
            foreach (var purpose in d.Events.Select(e => e.Purpose).Distinct())
            {
                Assert.Equal(Expected(d.Events, purpose), store.Current[purpose].State);
            }
        }, iter: 500);
    }

    [Fact]
    public async Task Handle_ParallelWritersForOnePerson_LoseNoEvent()
    {
        var store = new InMemoryPreferenceStore { ReadPause = TimeSpan.FromMilliseconds(2) };
        var handler = Handler(store, TimeProvider.System);
        var events = Enumerable.Range(0, 40)
            .Select(i => Event($"p{i}", ConsentPurpose.DirectMarketing, i % 3 == 0 ? PreferenceState.Objected : PreferenceState.Consented, T0.AddSeconds(i % 7)))
            .ToList();

        var outcomes = await Task.WhenAll(events.Select(e => Task.Run(() => handler.HandleAsync(new RecordPreferencesCommand(Subject, [e])))));

        Assert.All(outcomes, o => Assert.IsType<RecordPreferencesOutcome.Recorded>(o));
        Assert.True(store.Conflicts > 0, "the writers never raced; the test proves nothing");
        Assert.Equal(40, store.History.Count);
        Assert.Equal(Expected(events, ConsentPurpose.DirectMarketing), store.Current[ConsentPurpose.DirectMarketing].State);
    }

    private static SubjectId Subject { get; } = SubjectId.New();

    private static PreferenceState Expected(IEnumerable<PreferenceEvent> events, ConsentPurpose purpose)
    {
        var ofPurpose = events.Where(e => e.Purpose == purpose).ToList();
        var latest = ofPurpose.Max(e => e.OccurredAt);
        return ofPurpose.Any(e => e.OccurredAt == latest && e.State == PreferenceState.Objected) ? PreferenceState.Objected : PreferenceState.Consented;
    }

    private static RecordPreferencesHandler Handler(InMemoryPreferenceStore store, TimeProvider? time = null) =>
        new(store, Mock.Of<ISuppressionList>(), Mock.Of<IBlindIndex>(), time ?? new FakeTimeProvider(T0), NullLogger<RecordPreferencesHandler>.Instance);
}

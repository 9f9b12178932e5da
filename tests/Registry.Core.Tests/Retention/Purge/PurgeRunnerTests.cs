using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Core.Tests.Retention.Purge;

public class PurgeRunnerTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 0, 30, 0, TimeSpan.Zero));
    private readonly Mock<IRetentionSchedule> _schedule = new();
    private readonly Mock<IPurgeLock> _lock = new();
    private readonly Mock<IPurgeReports> _reports = new();
    private readonly List<PurgeReport> _saved = [];
    private readonly PurgeOptions _options = new() { MaxParallelism = 4 };

    public PurgeRunnerTests()
    {
        _lock.Setup(l => l.TryAcquireAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Mock.Of<IAsyncDisposable>());
        _reports.Setup(r => r.SaveAsync(It.IsAny<PurgeReport>(), It.IsAny<CancellationToken>()))
            .Callback<PurgeReport, CancellationToken>((report, _) => _saved.Add(report)).ReturnsAsync("report.json");
    }

    [Fact]
    public async Task Run_ItemDone_RemovesEntryOnlyAfterTheRuleActed()
    {
        var item = new ScheduledItem("case", "DSR-2026-0001", Today);
        Due(item);
        var calls = new List<string>();
        var rule = Rule("case", (_, _) => { calls.Add("rule"); return Done("case-file"); });
        _schedule.Setup(s => s.MoveAsync(It.IsAny<IReadOnlyCollection<ScheduleMove>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyCollection<ScheduleMove> moves, CancellationToken _) => calls.Add($"move {Assert.Single(moves)}")).Returns(Task.CompletedTask);

        var report = await Runner(rule).RunAsync(new PurgeRequest());

        Assert.Equal(["rule", $"move {new ScheduleMove(item, null)}"], calls);
        Assert.Equal("completed", report.Outcome);
        Assert.Equal(1, report.Actions["case-file"]);
        Assert.Equal(new PurgeKindCounts(1, 0, 0, 0), report.Kinds["case"]);
        Assert.Same(report, Assert.Single(_saved));
    }

    [Fact]
    public async Task Run_EachDueItemIsCountedOnceByKindAndOutcome_AndALockHeldRunCountsNone()
    {
        Due(new ScheduledItem("case", "DSR-2026-0001", Today), new ScheduledItem("export", "DSR-2026-0002", Today),
            new ScheduledItem("audit", "day:2023-11-24", Today), new ScheduledItem("unknown", "x", Today));
        var rules = new[]
        {
            Rule("case", (_, _) => Done("case-file")),
            Rule("export", (_, _) => Task.FromResult(new PurgeItemResult(new Dictionary<string, int>(), Today.AddDays(3), ["later"]))),
            Rule("audit", (_, _) => throw new InvalidOperationException("storage down")),
        };
        using var items = new MetricCollector<long>(_meters, PurgeMetrics.MeterName, "registry.purge.items");

        await Runner(rules).RunAsync(new PurgeRequest());

        Assert.Equal(
            ["audit failed False", "case done False", "export rescheduled False", "unknown no-rule False"],
            items.GetMeasurementSnapshot().Select(m => $"{m.Tags["kind"]} {m.Tags["outcome"]} {m.Tags["dry_run"]}").Order(StringComparer.Ordinal));
        Assert.All(items.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));

        _lock.Setup(l => l.TryAcquireAsync(It.IsAny<CancellationToken>())).ReturnsAsync((IAsyncDisposable?)null);
        items.Clear();
        await Runner(rules).RunAsync(new PurgeRequest());

        Assert.Empty(items.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task Run_RuleGivesNextDate_MovesTheEntry_AndNeverToTodayOrEarlier()
    {
        var later = new ScheduledItem("export", "DSR-2026-0002", Today);
        var sameDay = new ScheduledItem("export", "DSR-2026-0003", Today.AddDays(-2));
        Due(later, sameDay);
        var rule = Rule("export", (item, _) => Task.FromResult(new PurgeItemResult(
            new Dictionary<string, int>(), item == later ? Today.AddDays(9) : Today, ["not yet"])));

        var report = await Runner(rule).RunAsync(new PurgeRequest());

        Assert.Equivalent(new[] { new ScheduleMove(later, Today.AddDays(9)), new ScheduleMove(sameDay, Today.AddDays(1)) }, Moves());
        Assert.Equal(2, report.Rescheduled.Count);
        Assert.All(report.Rescheduled, r => Assert.Equal(["not yet"], r.Reasons));
    }

    [Fact]
    public async Task Run_DryRunSetting_AsksTheRulesButWritesNoScheduleChange()
    {
        _options.DryRun = true;
        Due(new ScheduledItem("case", "DSR-2026-0001", Today), new ScheduledItem("audit", "day:2023-11-24", Today));
        PurgeRun? seen = null;
        var rule = Rule("case", (_, run) => { seen = run; return Done("case-file"); });
        var audit = Rule("audit", (_, _) => Task.FromResult(new PurgeItemResult(new Dictionary<string, int>(), Today.AddDays(3), ["later"])));

        var report = await Runner(rule, audit).RunAsync(new PurgeRequest());

        Assert.True(seen!.DryRun);
        Assert.True(report.DryRun);
        Assert.Empty(Moves());
        _schedule.Verify(s => s.ScheduleAsync(It.IsAny<ScheduledItem>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(1, report.Actions["case-file"]);
    }

    [Fact]
    public async Task Run_DryRunRequested_OverridesTheSetting()
    {
        Due(new ScheduledItem("case", "DSR-2026-0001", Today));

        var report = await Runner(Rule("case", (_, run) => Done("case-file"))).RunAsync(new PurgeRequest(DryRun: true));

        Assert.True(report.DryRun);
        Assert.Empty(Moves());
    }

    [Fact]
    public async Task Run_KindWithoutRule_IsReportedAndLeftInPlace()
    {
        Due(new ScheduledItem("review", "sub_abc", Today));

        var report = await Runner().RunAsync(new PurgeRequest());

        Assert.Empty(Moves());
        Assert.Equal(new PurgeKindCounts(0, 0, 0, 1), report.Kinds["review"]);
        Assert.Equal("sub_abc", Assert.Single(report.LeftInPlace).Target);
    }

    [Fact]
    public async Task Run_RuleThrowsForOneItem_LeavesThatEntry_AndDoesTheRest()
    {
        var bad = new ScheduledItem("case", "DSR-2026-0001", Today);
        var good = new ScheduledItem("case", "DSR-2026-0002", Today);
        Due(bad, good);
        var rule = Rule("case", (item, _) => item == bad ? throw new InvalidOperationException("boom") : Done("case-file"));

        var report = await Runner(rule).RunAsync(new PurgeRequest());

        Assert.Equal([new ScheduleMove(good, null)], Moves());
        Assert.Equal(["failed: InvalidOperationException"], Assert.Single(report.LeftInPlace).Reasons);
    }

    [Fact]
    public async Task Run_Completed_SweepsAfterTheItems_AndReportsTheirCounts()
    {
        var calls = new List<string>();
        Due(new ScheduledItem("case", "DSR-2026-0001", Today));
        var rule = Rule("case", (_, _) => { calls.Add("item"); return Done("case-file"); });
        var sweep = Sweep(run => { calls.Add($"sweep dry:{run.DryRun}"); return new Dictionary<string, int> { ["webhook-id"] = 3 }; });

        var report = await Runner([rule], [sweep]).RunAsync(new PurgeRequest());

        Assert.Equal(["item", "sweep dry:False"], calls);
        Assert.Equal(3, report.Actions["webhook-id"]);
        Assert.Equal(1, report.Actions["case-file"]);
    }

    [Fact]
    public async Task Run_SweepFails_TheRunStillCompletesAndSavesItsReport()
    {
        Due(new ScheduledItem("case", "DSR-2026-0001", Today));
        var sweep = Sweep(_ => throw new InvalidOperationException("storage said no"));

        var report = await Runner([Rule("case", (_, _) => Done("case-file"))], [sweep]).RunAsync(new PurgeRequest());

        Assert.Equal("completed", report.Outcome);
        _reports.Verify(r => r.SaveAsync(report, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Run_LockHeldByAnotherRun_TouchesNothing_AndSaysSo()
    {
        _lock.Setup(l => l.TryAcquireAsync(It.IsAny<CancellationToken>())).ReturnsAsync((IAsyncDisposable?)null);
        Due(new ScheduledItem("case", "DSR-2026-0001", Today));
        var rule = new Mock<IPurgeRule>();
        rule.SetupGet(r => r.Kind).Returns("case");

        var report = await Runner(rule.Object).RunAsync(new PurgeRequest());

        Assert.Equal("lock-held", report.Outcome);
        rule.Verify(r => r.ApplyAsync(It.IsAny<ScheduledItem>(), It.IsAny<PurgeRun>(), It.IsAny<CancellationToken>()), Times.Never);
        _schedule.Verify(s => s.DueAsync(It.IsAny<DateOnly>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Run_PastTheTimeBudget_StopsTakingItems_AndReportsIt()
    {
        _options.MaxParallelism = 1;
        _options.TimeBudget = TimeSpan.FromMinutes(8);
        var items = Enumerable.Range(1, 10).Select(i => new ScheduledItem("case", $"DSR-2026-{i:0000}", Today)).ToArray();
        Due(items);
        var applied = 0;
        var rule = Rule("case", (_, _) =>
        {
            // Each item takes three minutes of the fake clock: the third finishes past the budget.
            applied++;
            _time.Advance(TimeSpan.FromMinutes(3));
            return Done("case-file");
        });

        var report = await Runner(rule).RunAsync(new PurgeRequest());

        Assert.Equal("budget-exhausted", report.Outcome);
        Assert.Equal(3, applied);
        Assert.Equal(3, report.Items);
        Assert.Equal(3, Moves().Count);
    }

    [Fact]
    public async Task Run_Cancelled_Throws_AndWritesNoReport()
    {
        Due(new ScheduledItem("case", "DSR-2026-0001", Today));
        using var cancel = new CancellationTokenSource();
        var rule = Rule("case", (_, _) => { cancel.Cancel(); cancel.Token.ThrowIfCancellationRequested(); return Done("case-file"); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Runner(rule).RunAsync(new PurgeRequest(), cancel.Token));

        Assert.Empty(_saved);
        Assert.Empty(Moves());
    }

    /// <summary>Every move the runner handed to the schedule, over all its calls.</summary>
    private List<ScheduleMove> Moves() => _schedule.Invocations
        .Where(i => i.Method.Name == nameof(IRetentionSchedule.MoveAsync))
        .SelectMany(i => (IReadOnlyCollection<ScheduleMove>)i.Arguments[0]!)
        .ToList();

    private void Due(params ScheduledItem[] items) =>
        _schedule.Setup(s => s.DueAsync(Today, It.IsAny<CancellationToken>())).Returns(items.ToAsyncEnumerable());

    private static IPurgeRule Rule(string kind, Func<ScheduledItem, PurgeRun, Task<PurgeItemResult>> apply)
    {
        var rule = new Mock<IPurgeRule>();
        rule.SetupGet(r => r.Kind).Returns(kind);
        rule.Setup(r => r.ApplyAsync(It.IsAny<ScheduledItem>(), It.IsAny<PurgeRun>(), It.IsAny<CancellationToken>()))
            .Returns<ScheduledItem, PurgeRun, CancellationToken>((item, run, _) => apply(item, run));
        return rule.Object;
    }

    private static Task<PurgeItemResult> Done(string action) =>
        Task.FromResult(new PurgeItemResult(new Dictionary<string, int> { [action] = 1 }, null, []));

    private PurgeRunner Runner(params IPurgeRule[] rules) => Runner(rules, []);

    private PurgeRunner Runner(IPurgeRule[] rules, IPurgeSweep[] sweeps) =>
        new(_schedule.Object, rules, sweeps, _lock.Object, _reports.Object, new PurgeMetrics(_meters), Options.Create(_options), _time, NullLogger<PurgeRunner>.Instance);

    private static IPurgeSweep Sweep(Func<PurgeRun, IReadOnlyDictionary<string, int>> sweep)
    {
        var mock = new Mock<IPurgeSweep>();
        mock.Setup(s => s.SweepAsync(It.IsAny<PurgeRun>(), It.IsAny<CancellationToken>())).Returns<PurgeRun, CancellationToken>((run, _) => Task.FromResult(sweep(run)));
        return mock.Object;
    }

    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
}

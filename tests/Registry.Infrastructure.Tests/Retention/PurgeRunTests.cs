using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Retention;

[Collection(AzuriteCollection.Name)]
public class PurgeRunTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Night = new(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task Run_ManyDueItemsOverSeveralDays_DoesEach_LeavesFutureEntries_AndWritesTheReport()
    {
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, _) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s => s.AddSingleton<IPurgeRule>(review));
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 120, i => Today.AddDays(-(i % 3)));      // today and two missed nights
        await registry.Get<IRetentionSchedule>().ScheduleAsync(new ScheduledItem("review", "sub_future", Today.AddDays(1)));

        var report = await registry.PurgeAsync();

        Assert.Equal("completed", report.Outcome);
        Assert.Equal(120, report.Items);
        Assert.Equal(240, report.Actions["accounting-records"]);
        var schedule = await registry.ScheduleAsync();
        Assert.Equal("review|sub_future", Assert.Single(schedule).RowKey);
        var subjects = await registry.ScanAsync(registry.Names.SubjectsTable);
        Assert.Equal(120, subjects.Count);
        Assert.All(subjects, r => Assert.Equal("profile", r.RowKey));
        var stored = PurgeHarness.Json(Assert.Single(await registry.ReportsAsync()));
        Assert.Equal("2026-11-25", stored["runDate"]!.GetValue<string>());
        Assert.Equal(120, stored["kinds"]!["review"]!["done"]!.GetValue<int>());
        Assert.False(stored["dryRun"]!.GetValue<bool>());
        Assert.Contains(registry.Logs.GetSnapshot(), r => r.Message.Contains("(dry run: False) completed: 120 items, 240 deletions, 120 done, 0 rescheduled, 0 left in place", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_DryRun_ChangesNothingInStorage_ButWritesItsReport()
    {
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, _) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s => s.AddSingleton<IPurgeRule>(review), dryRun: true);
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 30, _ => Today);
        var subjectsBefore = await Keys(registry, registry.Names.SubjectsTable);
        var scheduleBefore = await Keys(registry, registry.Names.ScheduleTable);

        var report = await registry.PurgeAsync();

        Assert.True(report.DryRun);
        Assert.Equal(60, report.Actions["accounting-records"]);
        Assert.Equal(subjectsBefore, await Keys(registry, registry.Names.SubjectsTable));
        Assert.Equal(scheduleBefore, await Keys(registry, registry.Names.ScheduleTable));
        var name = Assert.Single(await registry.BlobNamesAsync(n => n.PurgeReportsContainer), n => n.EndsWith(".json", StringComparison.Ordinal));
        Assert.EndsWith("-dry-run.json", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_KilledAtItemK_ThenResumed_CompletesEverythingOnce()
    {
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, _) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s => s.AddSingleton<IPurgeRule>(review));
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 60, _ => Today);
        using var kill = new CancellationTokenSource();
        review.After = (_, call) =>
        {
            if (call == 25)
            {
                kill.Cancel(); // the process dies after the rule acted, before the entries are moved together
            }

            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => registry.PurgeAsync(cancellationToken: kill.Token));
        var left = (await registry.ScheduleAsync()).Count;
        Assert.Equal(60, left); // fewer than PurgeRunner.MoveEvery items: every entry waits for the run's one move
        review.After = null;
        var resumed = await registry.PurgeAsync();

        Assert.Equal("completed", resumed.Outcome);
        Assert.Equal(left, resumed.Items);
        Assert.Empty(await registry.ScheduleAsync());
        Assert.All(await registry.ScanAsync(registry.Names.SubjectsTable), r => Assert.Equal("profile", r.RowKey));
        Assert.Equal(60, (await registry.ScanAsync(registry.Names.SubjectsTable)).Count);
    }

    [Fact]
    public async Task Run_WhileAnotherRunWorks_IsRefusedByTheLock_AndTheFirstFinishesEverything()
    {
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, _) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s => s.AddSingleton<IPurgeRule>(review));
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 20, _ => Today);
        var blocked = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        review.Before = async _ =>
        {
            blocked.TrySetResult();
            await release.Task;
        };

        var first = registry.PurgeAsync();
        await blocked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await registry.PurgeAsync();
        Assert.Equal(20, (await registry.ScheduleAsync()).Count);
        release.SetResult();
        var done = await first;

        Assert.Equal("lock-held", second.Outcome);
        Assert.Equal(0, second.Items);
        Assert.Equal(20, done.Items);
        Assert.Empty(await registry.ScheduleAsync());
        Assert.Equal(2, (await registry.ReportsAsync()).Count);
    }

    [Fact]
    public async Task Run_TwoRunsOverlappingWithoutTheLock_StillDoEachItemAndLeaveNothing()
    {
        // The lock's second line of defence: should a lease lapse, idempotent rules and tolerant deletes make overlap harmless.
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, _) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s =>
        {
            s.AddSingleton<IPurgeRule>(review);
            s.AddSingleton<IPurgeLock, NoLock>();
        });
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 80, _ => Today);

        var reports = await Task.WhenAll(registry.PurgeAsync(), registry.PurgeAsync());

        Assert.All(reports, r => Assert.Equal("completed", r.Outcome));
        Assert.All(reports, r => Assert.Empty(r.LeftInPlace));
        Assert.InRange(reports.Sum(r => r.Items), 80, 160);
        Assert.Empty(await registry.ScheduleAsync());
        Assert.All(await registry.ScanAsync(registry.Names.SubjectsTable), r => Assert.Equal("profile", r.RowKey));
    }

    [Fact]
    public async Task Run_PastItsTimeBudget_StopsCleanly_AndTheNextRunContinues()
    {
        var review = new PurgeHarness.FakeReviewRule();
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, s =>
        {
            s.AddSingleton<IPurgeRule>(review);
            s.Configure<PurgeOptions>(o => { o.MaxParallelism = 1; o.TimeBudget = TimeSpan.FromMinutes(8); });
        });
        await using var _r = registry;
        review.Registry = registry;
        await SeedAsync(registry, 10, _ => Today);
        review.After = (_, _) =>
        {
            time.Advance(TimeSpan.FromMinutes(2)); // each item "takes" two minutes: four fit in the budget
            return Task.CompletedTask;
        };

        var first = await registry.PurgeAsync();
        var afterFirst = (await registry.ScheduleAsync()).Count;
        var second = await registry.PurgeAsync();
        var third = await registry.PurgeAsync();

        Assert.Equal("budget-exhausted", first.Outcome);
        Assert.Equal(4, first.Items);
        Assert.Equal(6, afterFirst);
        Assert.Equal("budget-exhausted", second.Outcome);
        Assert.Equal("completed", third.Outcome);
        Assert.Equal(10, first.Items + second.Items + third.Items);
        Assert.Equal(10, review.Calls);
        Assert.Empty(await registry.ScheduleAsync());
        Assert.All(await registry.ScanAsync(registry.Names.SubjectsTable), r => Assert.Equal("profile", r.RowKey));
    }

    private static async Task SeedAsync(RegistryHarness registry, int subjects, Func<int, DateOnly> dueOn)
    {
        var table = registry.Tables.GetTableClient(registry.Names.SubjectsTable);
        var schedule = registry.Get<IRetentionSchedule>();
        await Parallel.ForEachAsync(Enumerable.Range(0, subjects), async (i, ct) =>
        {
            var subject = $"sub_{i:00000}test";
            await table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Add, new TableEntity(subject, "profile")),
                new(TableTransactionActionType.Add, new TableEntity(subject, "order|ord_a")),
                new(TableTransactionActionType.Add, new TableEntity(subject, "order|ord_b")),
            ], ct);
            await schedule.ScheduleAsync(new ScheduledItem(ScheduledItem.ReviewKind, subject, dueOn(i)), ct);
        });
    }

    private static async Task<List<string>> Keys(RegistryHarness registry, string table) =>
        (await registry.ScanAsync(table)).Select(e => $"{e.PartitionKey}/{e.RowKey}").Order().ToList();

    private sealed class NoLock : IPurgeLock
    {
        public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IAsyncDisposable?>(new Nothing());

        private sealed class Nothing : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}

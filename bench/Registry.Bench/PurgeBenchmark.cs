using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Registry.Infrastructure.Tables;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Bench;

/// <summary>
/// The purge benchmark (issue 7, docs/performance.md): a register of <c>--subjects</c> people of whom <c>--due</c>
/// have a review due today with expired orders, purged by the real <see cref="PurgeRunner"/> with whatever rule DI
/// has for <c>review</c> (the real <c>SubjectReviewRule</c>); in the same run, on an identical register, a
/// baseline deletes the same rows and entries with no logic, in batches of up to 100. Then the runner again on a
/// register of <c>--large-subjects</c> people with the same number due. Timings are printed, never asserted.
/// </summary>
public static class PurgeBenchmark
{
    private static readonly string[] ExpiredRows = ["order|ord_1", "order|ord_2"];

    public static async Task RunAsync(string connection, int subjects, int due, int largeSubjects, int concurrency, TextWriter output, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        output.WriteLine($"Purge benchmark: {subjects} subjects, {due} due; then {largeSubjects} subjects, {due} due; seeding concurrency {concurrency}");

        var baseline = await TimedAsync(output, "baseline", connection, subjects, due, today, concurrency, BaselineAsync, cancellationToken);
        var runner = await TimedAsync(output, "runner", connection, subjects, due, today, concurrency, RunnerAsync, cancellationToken);
        var large = await TimedAsync(output, "runner, large register", connection, largeSubjects, due, today, concurrency, RunnerAsync, cancellationToken);

        output.WriteLine($"baseline            {due / baseline.TotalSeconds,10:F1} items/s  ({baseline.TotalSeconds:F1} s)");
        output.WriteLine($"runner ({subjects,7})    {due / runner.TotalSeconds,10:F1} items/s  ({runner.TotalSeconds:F1} s)");
        output.WriteLine($"runner ({largeSubjects,7})    {due / large.TotalSeconds,10:F1} items/s  ({large.TotalSeconds:F1} s)");
        output.WriteLine($"ratio runner/baseline: {baseline.TotalSeconds / runner.TotalSeconds:F2} (target >= 0.5)");
        output.WriteLine($"large/small time:      {large.TotalSeconds / runner.TotalSeconds:F2} (target <= 1.25)");
    }

    private static async Task<TimeSpan> TimedAsync(
        TextWriter output, string name, string connection, int subjects, int due, DateOnly today, int concurrency,
        Func<BenchRegistry, List<string>, DateOnly, CancellationToken, Task> purge, CancellationToken cancellationToken)
    {
        await using var registry = await StartAsync(connection, cancellationToken);
        var tables = registry.Get<RegistryTables>();
        var seeding = Stopwatch.StartNew();
        var dueIds = await PurgeSeeder.SeedAsync(tables, subjects, due, today, concurrency, cancellationToken);
        output.WriteLine($"  {name}: seeded {subjects} subjects in {seeding.Elapsed.TotalSeconds:F1} s");
        var timer = Stopwatch.StartNew();
        await purge(registry, dueIds, today, cancellationToken);
        timer.Stop();
        await CheckAsync(tables, dueIds[0], today, cancellationToken);
        output.WriteLine($"  {name}: {due} items in {timer.Elapsed.TotalSeconds:F1} s");
        return timer.Elapsed;
    }

    private static async Task RunnerAsync(BenchRegistry registry, List<string> due, DateOnly today, CancellationToken cancellationToken)
    {
        var report = await registry.Get<PurgeRunner>().RunAsync(new PurgeRequest(DryRun: false), cancellationToken);
        if (report.Outcome != "completed" || report.Items != due.Count)
        {
            throw new InvalidOperationException($"The run ended {report.Outcome} after {report.Items} of {due.Count} items.");
        }
    }

    /// <summary>No logic: each person's two order rows in one batch, the schedule entries 100 per batch of one partition.</summary>
    private static async Task BaselineAsync(BenchRegistry registry, List<string> due, DateOnly today, CancellationToken cancellationToken)
    {
        var tables = registry.Get<RegistryTables>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (id, ct) =>
            await tables.Subjects.SubmitTransactionAsync(
                ExpiredRows.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, row), ETag.All)), ct));
        var entries = due.Select(id => new ScheduledItem(ScheduledItem.ReviewKind, id, today))
            .GroupBy(e => TableRetentionSchedule.PartitionFor(e.DueOn, e.Target)).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(entries, parallel, async (batch, ct) =>
            await tables.Schedule.SubmitTransactionAsync(batch.Select(e =>
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(TableRetentionSchedule.PartitionFor(e.DueOn, e.Target), TableRetentionSchedule.RowFor(e)), ETag.All)), ct));
    }

    private static async Task CheckAsync(RegistryTables tables, string subject, DateOnly today, CancellationToken cancellationToken)
    {
        var left = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject, "order|ord_1", cancellationToken: cancellationToken);
        if (left.HasValue)
        {
            throw new InvalidOperationException("A due person's expired order is still there.");
        }
    }

    private static async Task<BenchRegistry> StartAsync(string connection, CancellationToken cancellationToken)
    {
        var registry = await BenchRegistry.StartAsync(connection, cancellationToken: cancellationToken,
            register: s => s.Configure<PurgeOptions>(o => o.TimeBudget = TimeSpan.FromHours(2)));
        return registry;
    }
}

using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Registry.Infrastructure.Tables;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Bench;

/// <summary>
/// The purge benchmark (issue 7, docs/performance.md). Two identical registers of <c>subjects</c> people, <c>due</c> of
/// them with an expired order and a review due today (<see cref="PurgeSeeder"/>, real sealed values and wrapped keys).
/// On one the real <see cref="PurgeRunner"/> runs with DI's rule for <c>review</c> (the real <c>SubjectReviewRule</c>);
/// on the other a baseline deletes exactly the entities the runner deletes, in entity-group batches of up to 100,
/// with no logic and no reads. Then the runner again on a register of <c>large-subjects</c> people with the same
/// number due. Each side is checked in storage afterwards. Timings are printed, never asserted.
/// </summary>
public static class PurgeBenchmark
{
    private const int Checked = 500;

    private static readonly string[] ClaimRow = ["claim"];

    public static async Task RunAsync(string connection, int subjects, int due, int largeSubjects, int concurrency, TextWriter output, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        output.WriteLine($"Purge benchmark: {subjects} subjects, {due} due; then {largeSubjects} subjects, {due} due; seeding concurrency {concurrency}; {DateTime.UtcNow:O}");

        await using var baselineRegister = await StartAsync(connection, cancellationToken);
        await using var runnerRegister = await StartAsync(connection, cancellationToken);
        var baselineDue = await SeedAsync(output, "baseline", baselineRegister, subjects, due, today, concurrency, cancellationToken);
        var runnerDue = await SeedAsync(output, "runner", runnerRegister, subjects, due, today, concurrency, cancellationToken);

        var baseline = await MeasureAsync(output, "baseline", baselineRegister, baselineDue, today, BaselineAsync, cancellationToken);
        var runner = await MeasureAsync(output, "runner", runnerRegister, runnerDue, today, RunnerAsync, cancellationToken);
        Line(output, "baseline", subjects, baseline, due);
        Line(output, "runner", subjects, runner, due);
        var perItem = (double)runner.Requests / due;
        var ratio = baseline.Time.TotalSeconds / runner.Time.TotalSeconds;
        output.WriteLine();
        output.WriteLine("| target (issue 18)                  | this run | before (issue 18) | target | met |");
        output.WriteLine("|------------------------------------|---------:|------------------:|--------|-----|");
        Target(output, "purge requests per due item", perItem, "7.02", "<= 4", perItem <= 4);
        Target(output, "baseline requests per due item", (double)baseline.Requests / due, "2.05", "", null);
        Target(output, "purge / raw batch-delete throughput", ratio, "0.15", ">= 0.4", ratio >= 0.4);

        if (largeSubjects > 0)
        {
            await using var largeRegister = await StartAsync(connection, cancellationToken);
            var largeDue = await SeedAsync(output, "runner, large", largeRegister, largeSubjects, due, today, concurrency, cancellationToken);
            var large = await MeasureAsync(output, "runner, large", largeRegister, largeDue, today, RunnerAsync, cancellationToken);
            Line(output, "runner", largeSubjects, large, due);
            var largePerItem = (double)large.Requests / due;
            var drift = Math.Abs(largePerItem / perItem - 1);
            Target(output, $"requests per item at {largeSubjects} subjects", largePerItem, "7.03", "", null);
            Target(output, $"drift {subjects} -> {largeSubjects} (requests)", drift, "", "<= 2 %", drift <= 0.02);
            output.WriteLine($"large/small time (Azurite scans whole tables, see docs): {large.Time.TotalSeconds / runner.Time.TotalSeconds:F3}");
        }
    }

    internal sealed record Measured(TimeSpan Time, int Requests);

    /// <summary>The real runner on a seeded register, timed, counted and checked in storage (the scale mode's purge).</summary>
    internal static Task<Measured> MeasureRunnerAsync(
        TextWriter output, string name, BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today, CancellationToken cancellationToken) =>
        MeasureAsync(output, name, registry, due, today, RunnerAsync, cancellationToken);

    /// <summary>The seeded rows are what the purge expects (the first due people's).</summary>
    internal static Task CheckSeededAsync(BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today, CancellationToken cancellationToken) =>
        CheckAsync(registry, due.Take(Checked).ToList(), today, purged: false, cancellationToken);

    private static void Target(TextWriter output, string name, double value, string before, string target, bool? met) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name,-34} | {value,8:0.000} | {before,17} | {target,-6} | {(met is null ? "" : met.Value ? "yes" : "no"),-3} |"));

    private static void Line(TextWriter output, string name, int subjects, Measured m, int due) =>
        output.WriteLine($"{name,-8} ({subjects,7} subjects) {due / m.Time.TotalSeconds,8:F1} items/s  {m.Time.TotalSeconds,7:F1} s  {m.Requests,7} requests = {(double)m.Requests / due:F2} per item");

    private static async Task<IReadOnlyList<DuePerson>> SeedAsync(
        TextWriter output, string name, BenchRegistry registry, int subjects, int due, DateOnly today, int concurrency, CancellationToken cancellationToken)
    {
        var seeding = Stopwatch.StartNew();
        var people = await new PurgeSeeder(registry).SeedAsync(subjects, due, today, concurrency, cancellationToken);
        output.WriteLine($"  {name}: seeded {subjects} subjects ({due} due) in {seeding.Elapsed.TotalSeconds:F1} s = {subjects / seeding.Elapsed.TotalSeconds:F0} people/s; {DateTime.UtcNow:O}");

        // The seeded rows must be what the purge expects, or the two sides would not delete the same things.
        await CheckSeededAsync(registry, people, today, cancellationToken);
        return people;
    }

    private static async Task<Measured> MeasureAsync(
        TextWriter output, string name, BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today,
        Func<BenchRegistry, IReadOnlyList<DuePerson>, DateOnly, CancellationToken, Task> purge, CancellationToken cancellationToken)
    {
        registry.Requests.Reset();
        var timer = Stopwatch.StartNew();
        using (new Timer(_ => output.WriteLine($"    {name}: {timer.Elapsed.TotalSeconds:F0} s, {registry.Requests.Count} requests so far"), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)))
        {
            await purge(registry, due, today, cancellationToken);
        }

        timer.Stop();
        var requests = registry.Requests.Count;
        output.WriteLine($"  {name}: {due.Count} items in {timer.Elapsed.TotalSeconds:F1} s, {requests} requests; {DateTime.UtcNow:O}");
        await CheckAsync(registry, due, today, purged: true, cancellationToken);
        output.WriteLine($"  {name}: checked: expired order, billing row, claim and today's entry gone for all {due.Count}; recent order and profile kept for {Math.Min(Checked, due.Count)}");
        return new Measured(timer.Elapsed, requests);
    }

    private static async Task RunnerAsync(BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today, CancellationToken cancellationToken)
    {
        var report = await registry.Get<PurgeRunner>().RunAsync(new PurgeRequest(DryRun: false), cancellationToken);
        var review = report.Kinds.GetValueOrDefault(ScheduledItem.ReviewKind);
        if (report.Outcome != "completed" || report.Items != due.Count || review is null || review.Rescheduled != due.Count
            || report.Actions.GetValueOrDefault("accounting-records") != due.Count)
        {
            throw new InvalidOperationException(
                $"The run ended {report.Outcome} after {report.Items} of {due.Count} items: {review}, actions {string.Join(", ", report.Actions.Select(a => $"{a.Key}={a.Value}"))}; "
                + $"left in place: {string.Join(", ", report.LeftInPlace.SelectMany(i => i.Reasons).CountBy(r => r).Select(r => $"{r.Value} × {r.Key}"))}.");
        }
    }

    /// <summary>
    /// Exactly what the runner deletes, with no logic and no reads: each person's old order row and its billing row
    /// in one batch (their partition holds nothing else of the purge's), the claim (a partition of its own), and
    /// today's schedule entries 100 per batch of one schedule partition.
    /// </summary>
    private static async Task BaselineAsync(BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today, CancellationToken cancellationToken)
    {
        var tables = registry.Get<RegistryTables>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = registry.Get<Microsoft.Extensions.Options.IOptions<PurgeOptions>>().Value.MaxParallelism, CancellationToken = cancellationToken };
        var subjects = due.Select(p => (Table: tables.Subjects, Partition: p.Subject.Value, Rows: new[] { $"order|{p.OldOrder}", p.OldBillingRow }));
        var claims = due.Select(p => (Table: tables.Lookup, Partition: p.OldClaimPartition, Rows: ClaimRow));
        var entries = due.Select(p => ScheduledItem.Review(p.Subject, today))
            .GroupBy(e => TableRetentionSchedule.PartitionFor(e.DueOn, e.Target))
            .SelectMany(g => g.Chunk(100).Select(batch => (Table: tables.Schedule, Partition: g.Key, Rows: batch.Select(TableRetentionSchedule.RowFor).ToArray())));
        await Parallel.ForEachAsync(subjects.Concat(claims).Concat(entries), parallel, async (batch, ct) =>
            await batch.Table.SubmitTransactionAsync(
                batch.Rows.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(batch.Partition, row), ETag.All)), ct));
    }

    /// <summary>
    /// Before the purge: every expected row is there. After: the old order, its billing row and claim are gone for
    /// every due person and no review entry is left today; the recent order and the profile remain (first people).
    /// </summary>
    private static async Task CheckAsync(BenchRegistry registry, IReadOnlyList<DuePerson> due, DateOnly today, bool purged, CancellationToken cancellationToken)
    {
        var tables = registry.Get<RegistryTables>();
        await Parallel.ForEachAsync(due.Select((p, i) => (p, i)), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (x, ct) =>
        {
            var (p, i) = x;
            await Expect(tables.Subjects, p.Subject.Value, $"order|{p.OldOrder}", !purged, ct);
            await Expect(tables.Subjects, p.Subject.Value, p.OldBillingRow, !purged, ct);
            await Expect(tables.Lookup, p.OldClaimPartition, "claim", !purged, ct);
            if (i < Checked)
            {
                await Expect(tables.Subjects, p.Subject.Value, $"order|{p.RecentOrder}", true, ct);
                await Expect(tables.Subjects, p.Subject.Value, "profile", true, ct);
                await Expect(tables.Schedule, TableRetentionSchedule.PartitionFor(today, p.Subject.Value), $"review|{p.Subject.Value}", !purged, ct);
            }
        });

        if (purged)
        {
            var from = today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var to = today.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            await foreach (var left in tables.Schedule.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {from} and PartitionKey lt {to}"), select: ["RowKey"], cancellationToken: cancellationToken))
            {
                throw new InvalidOperationException($"A schedule entry is left today: {left.RowKey}.");
            }
        }
    }

    private static async Task Expect(TableClient table, string partition, string row, bool present, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["RowKey"], cancellationToken);
        if (found.HasValue != present)
        {
            throw new InvalidOperationException($"{table.Name} {partition} / {row} should {(present ? "be there" : "be gone")}.");
        }
    }

    /// <summary>A register whose purge may run for hours (a large register on Azurite).</summary>
    internal static Task<BenchRegistry> StartAsync(string connection, CancellationToken cancellationToken) =>
        BenchRegistry.StartAsync(connection, cancellationToken: cancellationToken,
            register: s => s.Configure<PurgeOptions>(o => o.TimeBudget = TimeSpan.FromHours(3)));
}

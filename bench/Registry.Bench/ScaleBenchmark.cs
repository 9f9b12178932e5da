using System.Diagnostics;
using System.Globalization;
using Registry.Infrastructure.Tables;

namespace Registry.Bench;

/// <summary>The scale mode's sizes and shape: <c>bench/run.sh scale [small] [large] [due] [page] [eligible-every] [connection|-] [seeding-concurrency]</c>.</summary>
public sealed record ScaleOptions(int Small, int Large, int Due, int Page, int EligibleEvery, int SeedingConcurrency);

/// <summary>What one register of <see cref="Subjects"/> people measured.</summary>
public sealed record ScaleFigures(
    int Subjects, TimeSpan Seeding, AudiencePageMeasure Audience,
    IReadOnlyList<int> NewRequests, TimeSpan NewTime, IReadOnlyList<int> ReturningRequests, TimeSpan ReturningTime,
    int Due, TimeSpan PurgeTime, int PurgeRequests)
{
    public double NewPerOrder => NewRequests.Average();

    public double ReturningPerOrder => ReturningRequests.Average();

    public double PurgePerItem => (double)PurgeRequests / Due;
}

/// <summary>
/// Issue 18's scale proof: per size, ONE register seeded as ingestion writes it (<see cref="PurgeSeeder"/>: one
/// entity-group transaction per person, sealed and keyed; the first <c>due</c> people with an expired order and a review
/// due today; one in <c>eligible-every</c> consented to direct marketing, the rest objected), and <see cref="Sample"/>
/// of the consenting people seeded through the real handler instead, so they are returning customers with everything
/// ingestion wrote for them (their e-mail's lookup entry among it). On that register, with the request counter reset
/// before each: one audience page; new and returning customers' orders through the real handler, one at a time; the
/// real purge of the due items, checked in storage. Timings are printed, never asserted.
/// </summary>
public static class ScaleBenchmark
{
    /// <summary>Orders of each kind counted per size, as the ingestion benchmark counts them.</summary>
    public const int Sample = 50;

    public static async Task RunAsync(string connection, ScaleOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine(Invariant(
            $"Scale benchmark (issue 18): {options.Small} then {options.Large} subjects, {options.Due} due, page {options.Page}, 1 in {options.EligibleEvery} eligible, seeding concurrency {options.SeedingConcurrency}; {DateTime.UtcNow:O}"));
        var small = await MeasureAsync(connection, options.Small, options, output, cancellationToken);
        var large = options.Large > 0 ? await MeasureAsync(connection, options.Large, options, output, cancellationToken) : null;
        ScaleReport.Print(options, small, large, output);
    }

    private static async Task<ScaleFigures> MeasureAsync(string connection, int subjects, ScaleOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var orders = new BenchOrders(TimeProvider.System);
        var returning = Returning(subjects, options);
        var emails = returning.ToDictionary(i => i, i => orders.Email("returning", i));
        await using var registry = await PurgeBenchmark.StartAsync(connection, cancellationToken);
        var ingestion = new OrderIngestion(registry.Get<Registry.Orders.Ingest.OrderValidator>(), registry.Get<Registry.Orders.Ingest.IngestOrderHandler>());

        var seeding = Stopwatch.StartNew();
        var shape = new SeedShape(i => AudienceBenchmark.Preferences(i, options.EligibleEvery), emails.ContainsKey);
        var due = await new PurgeSeeder(registry).SeedAsync(subjects, options.Due, today, shape, options.SeedingConcurrency, cancellationToken);
        // Their first order, consented as their index says (they are eligible), through the real handler.
        await Throughput.MeasureAsync(
            emails.Values.Select(orders.First).Select(BenchOrders.Submission).ToList(), options.SeedingConcurrency, registry.Requests, ingestion.IngestAsync, cancellationToken);
        seeding.Stop();
        output.WriteLine(Invariant(
            $"  {subjects,7} subjects: seeded in {seeding.Elapsed.TotalSeconds:F1} s = {subjects / seeding.Elapsed.TotalSeconds:F0} people/s ({options.Due} due, {returning.Count} through ingestion); {DateTime.UtcNow:O}"));
        await PurgeBenchmark.CheckSeededAsync(registry, due, today, cancellationToken);

        // The purge deletes, so it goes last; the orders below schedule their reviews years ahead, not today.
        var audience = await AudienceBenchmark.PageAsync(registry, options.Page, cancellationToken);
        output.WriteLine(Invariant(
            $"  {subjects,7} subjects: audience page of {audience.Served} people in {audience.Time.TotalSeconds:F1} s, {audience.Requests} requests"));

        var timer = Stopwatch.StartNew();
        var fresh = await RequestSample.CountAsync(
            Enumerable.Range(0, Sample).Select(i => BenchOrders.Submission(orders.First(orders.Email("new", i)))), ingestion, registry.Requests, cancellationToken);
        var freshTime = timer.Elapsed;
        timer.Restart();
        var known = await RequestSample.CountAsync(emails.Values.Select(orders.Next).Select(BenchOrders.Submission), ingestion, registry.Requests, cancellationToken);
        var knownTime = timer.Elapsed;
        output.WriteLine(Invariant(
            $"  {subjects,7} subjects: {Sample} new customers' orders in {freshTime.TotalSeconds:F1} s ({fresh.Average():F2} requests each), {known.Count} returning in {knownTime.TotalSeconds:F1} s ({known.Average():F2} each)"));

        var purge = await PurgeBenchmark.MeasureRunnerAsync(output, Invariant($"purge, {subjects} subjects"), registry, due, today, cancellationToken);
        await DropAsync(registry.Get<RegistryTables>(), cancellationToken);
        return new ScaleFigures(subjects, seeding.Elapsed, audience, fresh, freshTime, known, knownTime, options.Due, purge.Time, purge.Requests);
    }

    /// <summary>
    /// The measured register's tables go, so the next size's Azurite (an in-memory process with Node's heap limit) holds
    /// that register alone.
    /// </summary>
    private static async Task DropAsync(RegistryTables tables, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { tables.Subjects, tables.Lookup, tables.Schedule, tables.Suppression, tables.Cases, tables.Statistics, tables.Dedupe })
        {
            await table.DeleteAsync(cancellationToken);
        }
    }

    /// <summary>The last <see cref="Sample"/> eligible people past the due ones: the register's returning customers.</summary>
    private static List<int> Returning(int subjects, ScaleOptions options)
    {
        var returning = Enumerable.Range(options.Due, Math.Max(0, subjects - options.Due))
            .Where(i => AudienceBenchmark.IsEligible(i, options.EligibleEvery)).TakeLast(Sample).ToList();
        return returning.Count == Sample
            ? returning
            : throw new ArgumentException(Invariant($"{subjects} subjects with {options.Due} due and 1 in {options.EligibleEvery} eligible leave fewer than {Sample} eligible people to return."));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

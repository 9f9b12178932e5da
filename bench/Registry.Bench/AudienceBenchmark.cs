using System.Diagnostics;
using System.Globalization;
using Registry.Audiences;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Orders;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Retention;
using Registry.Subjects;
using Registry.Testing.Builders;

namespace Registry.Bench;

/// <summary>
/// One audience page (issue 18): a register of <c>subjects</c> people, every tenth (by default) consented to direct
/// marketing at checkout and the rest objected, each written as ingestion writes a first order (one entity-group
/// transaction, sealed and keyed for real). The first page of <c>page</c> people for direct marketing is served by the
/// real <see cref="AudienceHandler"/> with the request counter reset just before; then the same page size again on a
/// register of <c>large-subjects</c>, so the two counts show whether a page's cost follows the page or the register.
/// </summary>
public static class AudienceBenchmark
{
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    public static async Task RunAsync(string connection, int subjects, int largeSubjects, int eligibleEvery, int page, int concurrency, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine(Invariant($"Audience benchmark: page {page}, 1 in {eligibleEvery} eligible, {subjects} then {largeSubjects} subjects; {DateTime.UtcNow:O}"));
        var small = await MeasureAsync(connection, subjects, eligibleEvery, page, concurrency, output, cancellationToken);
        if (largeSubjects <= 0)
        {
            return;
        }

        var large = await MeasureAsync(connection, largeSubjects, eligibleEvery, page, concurrency, output, cancellationToken);
        output.WriteLine(Invariant($"requests per page, {subjects} -> {largeSubjects} subjects: {small} -> {large} ({(double)large / small - 1:+0.0%;-0.0%})"));
    }

    private static async Task<int> MeasureAsync(string connection, int subjects, int eligibleEvery, int page, int concurrency, TextWriter output, CancellationToken cancellationToken)
    {
        await using var registry = await BenchRegistry.StartAsync(connection, cancellationToken: cancellationToken);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(registry, subjects, eligibleEvery, concurrency, cancellationToken);
        output.WriteLine(Invariant($"  seeded {subjects} subjects in {seeding.Elapsed.TotalSeconds:F1} s = {subjects / seeding.Elapsed.TotalSeconds:F0} people/s"));

        var measured = await PageAsync(registry, page, cancellationToken);
        output.WriteLine(Invariant(
            $"  {subjects,7} subjects: page of {measured.Served} people in {measured.Time.TotalSeconds:F1} s, {measured.Requests} requests = {measured.PerPersonServed:F2} per person served"));
        return measured.Requests;
    }

    /// <summary>The first page of <paramref name="page"/> people for direct marketing, by the real handler, with the request counter reset just before.</summary>
    public static async Task<AudiencePageMeasure> PageAsync(BenchRegistry registry, int page, CancellationToken cancellationToken)
    {
        var handler = registry.Get<AudienceHandler>();
        var query = new AudiencePageQuery(Webshop, ConsentPurpose.DirectMarketing, null, page, new HashSet<DataCategory> { DataCategory.Email });
        registry.Requests.Reset();
        var timer = Stopwatch.StartNew();
        var served = await handler.PageAsync(query, cancellationToken);
        return new AudiencePageMeasure(served.Members.Count, registry.Requests.Count, timer.Elapsed);
    }

    /// <summary>Person <paramref name="index"/>'s checkout choice: one in <paramref name="eligibleEvery"/> consented to direct marketing, the rest objected.</summary>
    public static IReadOnlyList<CheckoutPreference> Preferences(int index, int eligibleEvery) =>
        [new CheckoutPreference(ConsentPurpose.DirectMarketing, IsEligible(index, eligibleEvery) ? PreferenceState.Consented : PreferenceState.Objected, "bench")];

    public static bool IsEligible(int index, int eligibleEvery) => index % eligibleEvery == 0;

    private static async Task SeedAsync(BenchRegistry registry, int subjects, int eligibleEvery, int concurrency, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var template = Template(registry, now);
        var calendar = registry.Get<RetentionCalendar>();
        var partitions = registry.Get<ISubjectPartitions>();
        await Parallel.ForEachAsync(Enumerable.Range(0, subjects), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var subject = SubjectId.New();
            var order = template with
            {
                OrderId = ClientOrderId.TryParse($"WS-A{i}", out var id) ? id : throw new InvalidOperationException("Bad order id."),
                Preferences = Preferences(i, eligibleEvery),
            };
            var claim = new OrderClaim(Webshop, order.OrderId, subject, OrderRef.New(), "bench", now);
            if (await partitions.CommitOrderAsync(OrderIngestionPlan.For(SubjectRecord.New(subject), claim, order, calendar).Commit, ct) == CommitOutcome.Conflict)
            {
                throw new InvalidOperationException("A seeded commit conflicted.");
            }
        });
    }

    private static ValidatedOrder Template(BenchRegistry registry, DateTimeOffset now)
    {
        var validated = registry.Get<OrderValidator>().Validate(BenchOrders.Submission(OrderJson.Valid(placedAt: now.AddDays(-1))));
        return validated.IsValid ? validated.Value! : throw new InvalidOperationException($"The template order is invalid: {string.Join("; ", validated.Errors)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One audience page: people served, storage requests, time.</summary>
public sealed record AudiencePageMeasure(int Served, int Requests, TimeSpan Time)
{
    public double PerPersonServed => (double)Requests / Math.Max(1, Served);
}

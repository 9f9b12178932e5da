using Registry.Orders.Ingest;
using Registry.Testing.Azurite;

namespace Registry.Bench;

/// <summary>What one run measured.</summary>
public sealed record BenchResult(
    PhaseResult Baseline, PhaseResult Ingestion, PhaseResult Seeding, IReadOnlyList<int> NewRequests, IReadOnlyList<int> ReturningRequests);

/// <summary>
/// The phases, in one process against one Azurite: warm-up; baseline upserts into a fresh table;
/// seeding of the known customers; timed ingestion of new and returning customers' orders, shuffled;
/// then a single-threaded sample of each kind with the request counter reset per order.
/// </summary>
public sealed class IngestionBenchmark(BenchRegistry registry, BenchOptions options)
{
    private const int SampleSize = 50;

    private readonly BenchOrders _orders = new(TimeProvider.System);
    private readonly OrderIngestion _ingestion = new(registry.Get<OrderValidator>(), registry.Get<IngestOrderHandler>());

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var warmUp = Math.Min(200, options.Orders);
        await BaselineAsync(warmUp, cancellationToken);
        await TimedAsync(NewCustomers("warm", warmUp), cancellationToken);

        var baseline = await BaselineAsync(options.Orders, cancellationToken);

        var known = Enumerable.Range(0, options.ReturningOrders + SampleSize).Select(i => _orders.Email("known", i)).ToList();
        var seeding = await TimedAsync(known.Select(_orders.First).Select(BenchOrders.Submission).ToList(), cancellationToken);

        var returning = known.Take(options.ReturningOrders).Select(_orders.Next).Select(BenchOrders.Submission);
        var measured = NewCustomers("new", options.Orders - options.ReturningOrders).Concat(returning).ToArray();
        new Random(2).Shuffle(measured);
        var ingestion = await TimedAsync(measured, cancellationToken);

        var newCounts = await RequestSample.CountAsync(NewCustomers("sample", SampleSize), _ingestion, registry.Requests, cancellationToken);
        var returningCounts = await RequestSample.CountAsync(
            known.Skip(options.ReturningOrders).Select(_orders.Next).Select(BenchOrders.Submission), _ingestion, registry.Requests, cancellationToken);
        return new BenchResult(baseline, ingestion, seeding, newCounts, returningCounts);
    }

    private async Task<PhaseResult> BaselineAsync(int count, CancellationToken cancellationToken)
    {
        var table = registry.Tables.GetTableClient(UniqueNames.Table("Baseline"));
        await table.CreateIfNotExistsAsync(cancellationToken);
        var upserts = new BaselineUpserts(table);
        var entities = Enumerable.Range(0, count).Select(i => BaselineUpserts.Entity(_orders.First(_orders.Email("base", i)))).ToList();
        return await Throughput.MeasureAsync(entities, options.Concurrency, registry.Requests, upserts.UpsertAsync, cancellationToken);
    }

    private Task<PhaseResult> TimedAsync(IReadOnlyList<OrderSubmission> orders, CancellationToken cancellationToken) =>
        Throughput.MeasureAsync(orders, options.Concurrency, registry.Requests, _ingestion.IngestAsync, cancellationToken);

    private List<OrderSubmission> NewCustomers(string kind, int count) =>
        Enumerable.Range(0, count).Select(i => BenchOrders.Submission(_orders.First(_orders.Email(kind, i)))).ToList();
}

using Azure.Data.Tables;
using Registry.Orders.Ingest;
using Registry.Testing.Azurite;

namespace Registry.Bench;

/// <summary>What one run measured; the rounds show how steady the machine was.</summary>
public sealed record BenchResult(
    IReadOnlyList<PhaseResult> BaselineRounds, IReadOnlyList<PhaseResult> IngestionRounds, PhaseResult Seeding,
    IReadOnlyList<int> NewRequests, IReadOnlyList<int> ReturningRequests)
{
    public PhaseResult Baseline => PhaseResult.Sum(BaselineRounds);

    public PhaseResult Ingestion => PhaseResult.Sum(IngestionRounds);
}

/// <summary>
/// The phases, in one process against one Azurite: warm-up; seeding of the known customers; baseline
/// upserts into a fresh table and timed ingestion of new and returning customers' orders (shuffled),
/// alternating in rounds; then a single-threaded sample of each kind with the request counter reset per order.
/// </summary>
public sealed class IngestionBenchmark(BenchRegistry registry, BenchOptions options)
{
    private const int SampleSize = 50;

    private readonly BenchOrders _orders = new(TimeProvider.System);
    private readonly OrderIngestion _ingestion = new(registry.Get<OrderValidator>(), registry.Get<IngestOrderHandler>());

    public async Task<BenchResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var warmUp = Math.Min(200, options.Orders);
        await BaselineAsync(await FreshTableAsync(cancellationToken), BaselineEntities("warm", warmUp), cancellationToken);
        await IngestAsync(NewCustomers("warm", warmUp), cancellationToken);

        var known = Enumerable.Range(0, options.ReturningOrders + SampleSize).Select(i => _orders.Email("known", i)).ToList();
        var seeding = await IngestAsync(known.Select(_orders.First).Select(BenchOrders.Submission).ToList(), cancellationToken);

        var returning = known.Take(options.ReturningOrders).Select(_orders.Next).Select(BenchOrders.Submission);
        var measured = NewCustomers("new", options.Orders - options.ReturningOrders).Concat(returning).ToArray();
        new Random(2).Shuffle(measured);
        var (baseline, ingestion) = await RoundsAsync(BaselineEntities("base", options.Orders), measured, cancellationToken);

        var newCounts = await RequestSample.CountAsync(NewCustomers("sample", SampleSize), _ingestion, registry.Requests, cancellationToken);
        var returningCounts = await RequestSample.CountAsync(
            known.Skip(options.ReturningOrders).Select(_orders.Next).Select(BenchOrders.Submission), _ingestion, registry.Requests, cancellationToken);
        return new BenchResult(baseline, ingestion, seeding, newCounts, returningCounts);
    }

    private async Task<(List<PhaseResult> Baseline, List<PhaseResult> Ingestion)> RoundsAsync(
        TableEntity[] entities, OrderSubmission[] orders, CancellationToken cancellationToken)
    {
        var table = await FreshTableAsync(cancellationToken);
        var (baseline, ingestion) = (new List<PhaseResult>(), new List<PhaseResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            var (from, to) = (round * orders.Length / options.Rounds, (round + 1) * orders.Length / options.Rounds);
            // Alternate which goes first, so neither always runs right after the other's burst.
            if (round % 2 == 1)
            {
                ingestion.Add(await IngestAsync(orders[from..to], cancellationToken));
            }

            baseline.Add(await BaselineAsync(table, entities[from..to], cancellationToken));
            if (round % 2 == 0)
            {
                ingestion.Add(await IngestAsync(orders[from..to], cancellationToken));
            }
        }

        return (baseline, ingestion);
    }

    private async Task<TableClient> FreshTableAsync(CancellationToken cancellationToken)
    {
        var table = registry.Tables.GetTableClient(UniqueNames.Table("Baseline"));
        await table.CreateIfNotExistsAsync(cancellationToken);
        return table;
    }

    private Task<PhaseResult> BaselineAsync(TableClient table, IReadOnlyList<TableEntity> entities, CancellationToken cancellationToken) =>
        Throughput.MeasureAsync(entities, options.Concurrency, registry.Requests, new BaselineUpserts(table).UpsertAsync, cancellationToken);

    private Task<PhaseResult> IngestAsync(IReadOnlyList<OrderSubmission> orders, CancellationToken cancellationToken) =>
        Throughput.MeasureAsync(orders, options.Concurrency, registry.Requests, _ingestion.IngestAsync, cancellationToken);

    private TableEntity[] BaselineEntities(string kind, int count) =>
        Enumerable.Range(0, count).Select(i => BaselineUpserts.Entity(_orders.First(_orders.Email(kind, i)))).ToArray();

    private List<OrderSubmission> NewCustomers(string kind, int count) =>
        Enumerable.Range(0, count).Select(i => BenchOrders.Submission(_orders.First(_orders.Email(kind, i)))).ToList();
}

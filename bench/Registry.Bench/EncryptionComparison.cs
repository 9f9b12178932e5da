using Registry.Orders.Ingest;

namespace Registry.Bench;

/// <summary>Ingestion with and without field encryption, same orders' shape, same Azurite, alternating rounds.</summary>
public sealed record EncryptionResult(IReadOnlyList<PhaseResult> EncryptedRounds, IReadOnlyList<PhaseResult> PlaintextRounds)
{
    public PhaseResult Encrypted => PhaseResult.Sum(EncryptedRounds);

    public PhaseResult Plaintext => PhaseResult.Sum(PlaintextRounds);

    /// <summary>Share of plaintext throughput that encryption costs (negative: within noise, encryption came out ahead).</summary>
    public double Cost => 1 - Encrypted.OrdersPerSecond / Plaintext.OrdersPerSecond;
}

/// <summary>
/// Runs new customers' orders through two fresh registers composed alike (tables of their own, both warmed
/// up), one with the product's AES-GCM cipher and one with <see cref="PlaintextFieldCipher"/>, in alternating
/// rounds so load spikes hit both.
/// </summary>
public sealed class EncryptionComparison(BenchRegistry encrypted, BenchRegistry plaintext, BenchOptions options)
{
    private readonly BenchOrders _orders = new(TimeProvider.System);

    public async Task<EncryptionResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var sealedIngestion = new OrderIngestion(encrypted.Get<OrderValidator>(), encrypted.Get<IngestOrderHandler>());
        var plainIngestion = new OrderIngestion(plaintext.Get<OrderValidator>(), plaintext.Get<IngestOrderHandler>());
        var warmUp = Math.Min(100, options.Orders);
        await MeasureAsync(encrypted, sealedIngestion, Orders("sealed-warm", warmUp), cancellationToken);
        await MeasureAsync(plaintext, plainIngestion, Orders("plain-warm", warmUp), cancellationToken);

        var (sealedRounds, plainRounds) = (new List<PhaseResult>(), new List<PhaseResult>());
        var perRound = Math.Max(1, options.Orders / options.Rounds);
        for (var round = 0; round < options.Rounds; round++)
        {
            var sealedOrders = Orders($"sealed-{round}", perRound);
            var plainOrders = Orders($"plain-{round}", perRound);
            if (round % 2 == 1)
            {
                plainRounds.Add(await MeasureAsync(plaintext, plainIngestion, plainOrders, cancellationToken));
            }

            sealedRounds.Add(await MeasureAsync(encrypted, sealedIngestion, sealedOrders, cancellationToken));
            if (round % 2 == 0)
            {
                plainRounds.Add(await MeasureAsync(plaintext, plainIngestion, plainOrders, cancellationToken));
            }
        }

        return new EncryptionResult(sealedRounds, plainRounds);
    }

    private Task<PhaseResult> MeasureAsync(BenchRegistry registry, OrderIngestion ingestion, IReadOnlyList<OrderSubmission> orders, CancellationToken cancellationToken) =>
        Throughput.MeasureAsync(orders, options.Concurrency, registry.Requests, ingestion.IngestAsync, cancellationToken);

    private List<OrderSubmission> Orders(string kind, int count) =>
        Enumerable.Range(0, count).Select(i => BenchOrders.Submission(_orders.First(_orders.Email(kind, i)))).ToList();
}

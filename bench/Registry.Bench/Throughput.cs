using System.Diagnostics;
using Registry.Testing.Harness;

namespace Registry.Bench;

/// <summary>What one timed phase did: how many orders, how long, and how many storage requests.</summary>
public sealed record PhaseResult(int Orders, TimeSpan Elapsed, int Requests)
{
    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

    public double RequestsPerOrder => (double)Requests / Orders;

    public static PhaseResult Sum(IEnumerable<PhaseResult> phases) => phases.Aggregate(
        new PhaseResult(0, TimeSpan.Zero, 0), (sum, p) => new PhaseResult(sum.Orders + p.Orders, sum.Elapsed + p.Elapsed, sum.Requests + p.Requests));
}

/// <summary>Runs work items at a fixed concurrency and times the whole batch.</summary>
public static class Throughput
{
    public static async Task<PhaseResult> MeasureAsync<T>(
        IReadOnlyList<T> items, int concurrency, RequestCounter requests,
        Func<T, CancellationToken, ValueTask> work, CancellationToken cancellationToken = default)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        requests.Reset();
        var elapsed = Stopwatch.StartNew();
        await Parallel.ForEachAsync(items, parallel, work);
        elapsed.Stop();
        return new PhaseResult(items.Count, elapsed.Elapsed, requests.Count);
    }
}

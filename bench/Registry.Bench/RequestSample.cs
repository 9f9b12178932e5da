using Registry.Orders.Ingest;
using Registry.Testing.Harness;

namespace Registry.Bench;

/// <summary>Storage requests per order, counted one order at a time so nothing else shares the counter.</summary>
public static class RequestSample
{
    public static async Task<IReadOnlyList<int>> CountAsync(
        IEnumerable<OrderSubmission> orders, OrderIngestion ingestion, RequestCounter requests, CancellationToken cancellationToken = default)
    {
        var counts = new List<int>();
        foreach (var order in orders)
        {
            requests.Reset();
            await ingestion.IngestAsync(order, cancellationToken);
            counts.Add(requests.Count);
        }

        return counts;
    }
}

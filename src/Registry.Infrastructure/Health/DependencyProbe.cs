using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Health;

/// <summary>Asks each storage service one cheap question: is it there, and does it hold what the register uses?</summary>
public sealed class DependencyProbe(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, IOptions<StorageNames> names)
{
    public async Task<IReadOnlyList<DependencyStatus>> CheckAsync(CancellationToken cancellationToken = default) =>
    [
        await ProbeAsync("tables", async () =>
        {
            await foreach (var _ in tables.GetTableClient(names.Value.SubjectsTable).QueryAsync<TableEntity>("PartitionKey eq '-'", 1, cancellationToken: cancellationToken))
            {
                break;
            }

            return true;
        }),
        await ProbeAsync("queues", async () => (await queues.GetQueueClient(names.Value.Queues[0]).ExistsAsync(cancellationToken)).Value),
        await ProbeAsync("blobs", async () => (await blobs.GetBlobContainerClient(names.Value.Containers[0]).ExistsAsync(cancellationToken)).Value),
    ];

    private static async Task<DependencyStatus> ProbeAsync(string name, Func<Task<bool>> probe)
    {
        try
        {
            return new DependencyStatus(name, await probe() ? "ok" : "missing");
        }
        catch (Exception e) when (StorageFailures.IsUnavailable(e) || e is Azure.RequestFailedException)
        {
            return new DependencyStatus(name, "unreachable");
        }
    }
}

/// <summary>One dependency and what the probe found: ok, missing or unreachable.</summary>
public sealed record DependencyStatus(string Name, string Status);

using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Registry.Infrastructure.Storage;

/// <summary>
/// Creates the tables, queues (with their poison queues) and containers when they are missing.
/// Local development and tests only: in Azure, infra/ creates them and the app's identity cannot.
/// </summary>
public sealed class StorageProvisioner(TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs, IOptions<StorageNames> names)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in names.Value.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var queue in names.Value.AllQueues.SelectMany(q => new[] { q, $"{q}-poison" }))
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in names.Value.AllContainers)
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}

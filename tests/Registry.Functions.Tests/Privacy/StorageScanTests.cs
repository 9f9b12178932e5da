using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Privacy;

/// <summary>
/// What a storage administrator could read after every flow ran with canary values: every table's keys and
/// properties, every queue message, every blob's name and content in the account. No canary may be there
/// in plaintext: personal values are sealed (staff notes, reasons and mail attachments too, the audit log included), keys are opaque,
/// and <c>outbound-mail</c> carries letter references only: each letter waits sealed under its case's key (docs/letters.md).
/// </summary>
[Collection(AzuriteCollection.Name)]
public class StorageScanTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryFlow_WithCanaryValues_StoresNoneInPlaintext()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var run = new CanaryRun(app);
        await run.DriveEveryFlowAsync();

        var scanned = 0;
        var auditBlobs = 0;
        var leaks = new List<string>();
        await foreach (var (place, text) in EverythingStoredAsync(app.Storage))
        {
            scanned++;
            auditBlobs += place.StartsWith($"blob {app.Names.AuditContainer}/", StringComparison.Ordinal) ? 1 : 0;
            leaks.AddRange(run.Canaries.FoundIn(text).Select(field => $"{field} in {place}"));
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
        Assert.True(scanned > 10, $"only {scanned} stored items were scanned");

        // The write-once audit log was among them: the run's notes, reasons and X-Audit-Reason went there only sealed.
        Assert.True(auditBlobs > 0, "no audit blob was scanned");
    }

    internal static async IAsyncEnumerable<(string Place, string Text)> EverythingStoredAsync(IServiceProvider services)
    {
        var tables = services.GetRequiredService<TableServiceClient>();
        await foreach (var table in tables.QueryAsync())
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var values = entity.Select(p => p.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));
                yield return ($"table {table.Name} row {entity.PartitionKey}/{entity.RowKey}", string.Join('\n', values));
            }
        }

        var queues = services.GetRequiredService<QueueServiceClient>();
        await foreach (var queue in queues.GetQueuesAsync())
        {
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
            {
                yield return ($"queue {queue.Name}", message.Body.ToString());
            }
        }

        var blobs = services.GetRequiredService<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToString();
                yield return ($"blob {container.Name}/{blob.Name}", blob.Name + "\n" + content);
            }
        }
    }
}

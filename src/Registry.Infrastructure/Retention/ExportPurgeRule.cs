using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// <c>export</c>: the access packages of a case (<c>exports/{reference}/…</c>) go <see cref="RetentionOptions.AccessPackageDays"/>
/// days after each was created, by the blob's own creation time. A package made later (a second answer) keeps the
/// entry, moved to that package's date.
/// </summary>
public sealed class ExportPurgeRule(BlobServiceClient blobs, IOptions<StorageNames> names, IOptions<RetentionOptions> options) : IPurgeRule
{
    public string Kind => PurgeKinds.Export;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        var container = blobs.GetBlobContainerClient(names.Value.ExportsContainer);
        var deleted = 0;
        DateOnly? next = null;
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{item.Target}/", cancellationToken))
        {
            var created = blob.Properties.CreatedOn ?? blob.Properties.LastModified ?? DateTimeOffset.MinValue;
            var due = DateOnly.FromDateTime(created.UtcDateTime).AddDays(options.Value.AccessPackageDays);
            if (run.Today < due)
            {
                next = next is { } earlier && earlier < due ? earlier : due;
                continue;
            }

            deleted += run.DryRun ? 1 : Math.Min(1, await BlobEraser.DeleteWithHistoryAsync(container, blob.Name, cancellationToken));
        }

        var actions = deleted > 0 ? new Dictionary<string, int> { ["export-blob"] = deleted } : new Dictionary<string, int>();
        return new PurgeItemResult(actions, next, next is null ? [] : ["access package younger than the retention period"]);
    }
}

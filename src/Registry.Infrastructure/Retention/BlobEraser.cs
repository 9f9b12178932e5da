using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// Deletes a blob with its history: snapshots with the base blob, and every earlier version when versioning is on
/// (infra turns it off, but a version would keep erased data alive, so the purge never relies on that setting).
/// Soft delete still keeps a deleted blob for its retention days (docs/data-protection.md). A blob already gone
/// is not an error.
/// </summary>
internal static class BlobEraser
{
    /// <summary>The blob's versions and base, as listed; deletes each and returns how many went.</summary>
    public static async Task<int> DeleteWithHistoryAsync(BlobContainerClient container, string name, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.Version, name, cancellationToken))
        {
            if (item.Name != name)
            {
                continue;
            }

            var blob = item.VersionId is { } version && item.IsLatestVersion != true
                ? container.GetBlobClient(name).WithVersion(version)
                : container.GetBlobClient(name);
            if (await DeleteAsync(blob, cancellationToken))
            {
                deleted++;
            }
        }

        // Listing without versions support (Azurite) still shows the base blob above; this covers a race with a writer.
        return deleted > 0 ? deleted : await DeleteAsync(container.GetBlobClient(name), cancellationToken) ? 1 : 0;
    }

    private static async Task<bool> DeleteAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var options = blob.Uri.Query.Contains("versionid=", StringComparison.OrdinalIgnoreCase) ? DeleteSnapshotsOption.None : DeleteSnapshotsOption.IncludeSnapshots;
            return (await blob.DeleteIfExistsAsync(options, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }
}

using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Execution.Access;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Exports;

/// <summary>
/// Access packages as block blobs <c>{caseReference}/{fileName}</c> in the <c>exports</c> container (private; the
/// lifecycle rule in infra/ deletes them after 30 days as a backstop to the purge). Uploading replaces: a redelivered
/// step leaves the same names. The files are the person's own copy, so they are not sealed: the link must open them.
/// An erasure deletes them (<see cref="DeleteAllAsync"/>), since destroying the keys cannot reach them.
/// </summary>
public sealed class BlobAccessPackageFiles(BlobServiceClient service, IOptions<StorageNames> names) : IAccessPackageFiles
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.ExportsContainer);

    public async Task SaveAsync(CaseReference reference, string fileName, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken = default)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = contentType,

                // Nobody should read yesterday's package from a cache after it is replaced or deleted.
                CacheControl = "no-store",
            },
        };
        await _container.GetBlobClient(ExportBlobs.Name(reference, fileName)).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
    }

    public async Task<int> DeleteAllAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{reference.Value}/", cancellationToken))
        {
            deleted += Math.Min(1, await Retention.BlobEraser.DeleteWithHistoryAsync(_container, blob.Name, cancellationToken));
        }

        return deleted;
    }
}

/// <summary>The blob names of a case's exports: <c>{caseReference}/{fileName}</c>, nothing personal in them.</summary>
internal static class ExportBlobs
{
    public static string Name(CaseReference reference, string fileName) => $"{reference.Value}/{fileName}";
}

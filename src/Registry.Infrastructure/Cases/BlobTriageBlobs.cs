using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Intake;

namespace Registry.Infrastructure.Cases;

/// <summary>Unreadable and poisoned intake messages, whole, in the <c>intake-triage</c> container.</summary>
public sealed class BlobTriageBlobs(BlobServiceClient service, IOptions<StorageNames> names) : ITriageBlobs
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.TriageContainer);

    public async Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToMemory();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}

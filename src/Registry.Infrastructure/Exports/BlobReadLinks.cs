using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Execution.Access;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Exports;

/// <summary>
/// Read-only SAS links to one export blob. In Azure the app has no account key (shared-key access is off), so the link
/// is a user-delegation SAS signed with a key the managed identity asks for; on Azurite, whose connection string
/// carries the account key, it is a service SAS signed with that key. Which one is decided by what the client can
/// sign with (<see cref="BlobContainerClient.CanGenerateSasUri"/>), not by an environment name.
/// </summary>
public sealed class BlobReadLinks(BlobServiceClient service, IOptions<StorageNames> names, TimeProvider time) : IReadLinks
{
    /// <summary>Azure refuses a user delegation key that lives longer than seven days from its own clock; keep a margin for skew.</summary>
    private static readonly TimeSpan DelegationLimit = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5);

    /// <summary>Starts a little in the past, so a storage clock slightly behind ours does not refuse a fresh link.</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.ExportsContainer);

    public async Task<ReadLink> CreateAsync(CaseReference reference, string fileName, DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(ExportBlobs.Name(reference, fileName));
        if (_container.CanGenerateSasUri)
        {
            return new ReadLink(blob.GenerateSasUri(Sas(blob, expiresOn, startsOn: null)), expiresOn);
        }

        var now = time.GetUtcNow();
        var capped = expiresOn < now + DelegationLimit ? expiresOn : now + DelegationLimit;
        var key = await service.GetUserDelegationKeyAsync(now - Skew, capped, cancellationToken);
        var sas = Sas(blob, capped, now - Skew);
        sas.Protocol = SasProtocol.Https;
        var uri = new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, service.AccountName) }.ToUri();
        return new ReadLink(uri, capped);
    }

    private static BlobSasBuilder Sas(BlobClient blob, DateTimeOffset expiresOn, DateTimeOffset? startsOn)
    {
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresOn)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
        };
        if (startsOn is { } start)
        {
            sas.StartsOn = start;
        }

        return sas;
    }
}

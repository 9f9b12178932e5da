using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Intake;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// Unreadable and poisoned intake messages, whole, in the <c>intake-triage</c> container. The content is
/// sealed (AES-256-GCM) with a data key of its own, stored wrapped in the blob's metadata: deleting the
/// blob deletes the key, and a reader of the container without the key-encryption key sees no message. Mail attachments
/// are kept the same way (<see cref="BlobCaseAttachments"/>), so one re-wrap covers both.
/// </summary>
public sealed class BlobTriageBlobs(BlobServiceClient service, IOptions<StorageNames> names, IFieldCipher cipher, IRegistrySecrets secrets) : ITriageBlobs
{
    private const string Field = "content";
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.TriageContainer);

    public async Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var (key, metadata) = await NewKeyAsync(name, cancellationToken);
        var sealedContent = cipher.Seal(key, Context(name, Field), content.Span);
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(sealedContent), new BlobUploadOptions { Metadata = metadata }, cancellationToken);
    }

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var blob = (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
            var key = await OpenKeyAsync(name, blob.Details.Metadata, cancellationToken);
            return Open(key, name, Field, Encoding.UTF8.GetString(blob.Content.ToMemory().Span)) is { } content ? content : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>A new data key for the blob <paramref name="name"/>, and the metadata that keeps it wrapped.</summary>
    internal async Task<(DataKey Key, Dictionary<string, string> Metadata)> NewKeyAsync(string name, CancellationToken cancellationToken)
    {
        var key = DataKey.Create(DataScope.Case);
        var wrapped = DataKeyWrap.Wrap((await secrets.GetKeyEncryptionKeysAsync(cancellationToken))[0], Owner(name), key);
        return (key, new Dictionary<string, string>
        {
            ["keyid"] = wrapped.KeyId,
            ["kekversion"] = wrapped.KekVersion,
            ["wrappedkey"] = Convert.ToBase64String(wrapped.Wrapped),
        });
    }

    /// <summary>The data key wrapped in a blob's metadata.</summary>
    internal async Task<DataKey?> OpenKeyAsync(string name, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var wrapped = new WrappedDataKey(metadata["keyid"], DataScope.Case, metadata["kekversion"], Convert.FromBase64String(metadata["wrappedkey"]));
        return Keyring.Open(Owner(name), [wrapped], await secrets.GetKeyEncryptionKeysAsync(cancellationToken)).Find(DataScope.Case);
    }

    internal string Seal(DataKey key, string name, string field, ReadOnlySpan<byte> plaintext) => cipher.Seal(key, Context(name, field), plaintext);

    internal byte[]? Open(DataKey? key, string name, string field, string stored) =>
        cipher.Open(key, Context(name, field), stored) switch
        {
            Unsealed.Opened opened => opened.Plaintext,
            Unsealed.Unreadable unreadable => throw new InvalidDataException($"Triage blob {name} cannot be opened: {unreadable.Reason}."),
            _ => null,
        };

    private static KeyOwner Owner(string name) => new($"triage/{name}");

    private static FieldContext Context(string name, string field) => new(Owner(name), DataScope.Case, name, field);

    /// <summary>Re-wraps every original's key with the newest key-encryption key, at the blob's version (a deleted one stays deleted).</summary>
    internal async Task RewrapAllAsync(IReadOnlyList<KeyEncryptionKey> keks, Action<KeyRewrap> report, CancellationToken cancellationToken)
    {
        if (!await _container.ExistsAsync(cancellationToken))
        {
            return;
        }

        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            report(await RewrapAsync(item, keks, cancellationToken));
        }
    }

    private async Task<KeyRewrap> RewrapAsync(BlobItem item, IReadOnlyList<KeyEncryptionKey> keks, CancellationToken cancellationToken)
    {
        var metadata = item.Metadata;
        if (!metadata.TryGetValue("kekversion", out var version))
        {
            return KeyRewrap.Failed;
        }

        if (version == keks[0].Version)
        {
            return KeyRewrap.AlreadyCurrent;
        }

        var owner = Owner(item.Name);
        var wrapped = new WrappedDataKey(metadata["keyid"], DataScope.Case, version, Convert.FromBase64String(metadata["wrappedkey"]));
        if (DataKeyWrap.Unwrap(keks, owner, wrapped) is not DataKeyUnwrap.Unwrapped unwrapped)
        {
            return KeyRewrap.Failed;
        }

        var rewrapped = DataKeyWrap.Wrap(keks[0], owner, unwrapped.Key);
        metadata["kekversion"] = rewrapped.KekVersion;
        metadata["wrappedkey"] = Convert.ToBase64String(rewrapped.Wrapped);
        try
        {
            await _container.GetBlobClient(item.Name).SetMetadataAsync(
                metadata, new BlobRequestConditions { IfMatch = item.Properties.ETag }, cancellationToken);
            return KeyRewrap.Rewrapped;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return KeyRewrap.Destroyed;
        }
    }
}

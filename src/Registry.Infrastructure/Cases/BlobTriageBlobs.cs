using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Intake;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// Unreadable and poisoned intake messages, whole, in the <c>intake-triage</c> container. The content is
/// sealed (AES-256-GCM) with a data key of its own, stored wrapped in the blob's metadata: deleting the
/// blob deletes the key, and a reader of the container without the key-encryption key sees no message.
/// </summary>
public sealed class BlobTriageBlobs(BlobServiceClient service, IOptions<StorageNames> names, IFieldCipher cipher, IRegistrySecrets secrets) : ITriageBlobs
{
    private const string Field = "content";
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.TriageContainer);

    public async Task SaveAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var owner = Owner(name);
        var key = DataKey.Create(DataScope.Case);
        var wrapped = DataKeyWrap.Wrap((await secrets.GetKeyEncryptionKeysAsync(cancellationToken))[0], owner, key);
        var sealedContent = cipher.Seal(key, Context(owner, name), content.Span);
        var options = new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string>
            {
                ["keyid"] = wrapped.KeyId,
                ["kekversion"] = wrapped.KekVersion,
                ["wrappedkey"] = Convert.ToBase64String(wrapped.Wrapped),
            },
        };
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(sealedContent), options, cancellationToken);
    }

    public async Task<ReadOnlyMemory<byte>?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var blob = (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
            var owner = Owner(name);
            var metadata = blob.Details.Metadata;
            var wrapped = new WrappedDataKey(metadata["keyid"], DataScope.Case, metadata["kekversion"], Convert.FromBase64String(metadata["wrappedkey"]));
            var key = Keyring.Open(owner, [wrapped], await secrets.GetKeyEncryptionKeysAsync(cancellationToken)).Find(DataScope.Case);
            return cipher.Open(key, Context(owner, name), Encoding.UTF8.GetString(blob.Content.ToMemory().Span)) switch
            {
                Unsealed.Opened opened => opened.Plaintext,
                Unsealed.Unreadable unreadable => throw new InvalidDataException($"Triage blob {name} cannot be opened: {unreadable.Reason}."),
                _ => null,
            };
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private static KeyOwner Owner(string name) => new($"triage/{name}");

    private static FieldContext Context(KeyOwner owner, string name) => new(owner, DataScope.Case, name, Field);
}

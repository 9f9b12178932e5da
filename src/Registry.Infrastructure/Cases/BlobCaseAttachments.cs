using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Cases.Attachments;
using Registry.Infrastructure.Retention;
using Registry.Infrastructure.Storage;

namespace Registry.Infrastructure.Cases;

/// <summary>
/// Mail attachments in the <c>intake-triage</c> container. The connector writes each unsealed to
/// <c>mail/{run}/{id}</c> (infra/modules/mailbox-workflow.json); intake keeps it as
/// <c>attachments/{case reference}/{attachment id}</c>, content and file name sealed with a data key of the blob's own,
/// wrapped in its metadata as triage originals are (<see cref="BlobTriageBlobs"/>), beside the plain content type and
/// size. The case's prefix is what the purge and erasure delete.
/// </summary>
public sealed class BlobCaseAttachments(BlobServiceClient service, IOptions<StorageNames> names, BlobTriageBlobs sealing) : ICaseAttachments
{
    private const string IncomingFolder = "mail/";
    private const int MaxIncomingPath = 1024;
    private const string ContentField = "content";
    private const string NameField = "name";
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.TriageContainer);

    public async Task<ReadOnlyMemory<byte>?> ReadIncomingAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        if (IncomingName(blobPath) is not { } name)
        {
            return null;
        }

        try
        {
            return (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteIncomingAsync(string blobPath, CancellationToken cancellationToken = default)
    {
        if (IncomingName(blobPath) is { } name)
        {
            await BlobEraser.DeleteWithHistoryAsync(_container, name, cancellationToken);
        }
    }

    public async Task SaveAsync(CaseReference reference, CaseAttachment attachment, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var name = BlobName(reference, attachment.Id);
        var (key, metadata) = await sealing.NewKeyAsync(name, cancellationToken);
        metadata["contenttype"] = attachment.ContentType;
        metadata["size"] = attachment.Size.ToString(CultureInfo.InvariantCulture);
        if (attachment.Name is { } fileName)
        {
            metadata[NameField] = sealing.Seal(key, name, NameField, Encoding.UTF8.GetBytes(fileName));
        }

        var sealedContent = sealing.Seal(key, name, ContentField, content.Span);
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(sealedContent), new BlobUploadOptions { Metadata = metadata }, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseAttachment>> ListAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var found = new List<CaseAttachment>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, Prefix(reference), cancellationToken))
        {
            found.Add(await DescribeAsync(item.Name, item.Metadata, cancellationToken));
        }

        return found;
    }

    public async Task<CaseAttachmentContent?> ReadAsync(CaseReference reference, string attachmentId, CancellationToken cancellationToken = default)
    {
        if (!CaseAttachment.IsId(attachmentId))
        {
            return null;
        }

        var name = BlobName(reference, attachmentId);
        try
        {
            var blob = (await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
            var key = await sealing.OpenKeyAsync(name, blob.Details.Metadata, cancellationToken);
            var content = sealing.Open(key, name, ContentField, Encoding.UTF8.GetString(blob.Content.ToMemory().Span));
            return content is null ? null : new CaseAttachmentContent(await DescribeAsync(name, blob.Details.Metadata, cancellationToken), content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<int> DeleteAllAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix(reference), cancellationToken))
        {
            names.Add(item.Name);
        }

        foreach (var name in names)
        {
            await BlobEraser.DeleteWithHistoryAsync(_container, name, cancellationToken);
        }

        return names.Count;
    }

    private async Task<CaseAttachment> DescribeAsync(string name, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var key = await sealing.OpenKeyAsync(name, metadata, cancellationToken);
        var fileName = metadata.TryGetValue(NameField, out var sealedName) && sealing.Open(key, name, NameField, sealedName) is { } opened
            ? Encoding.UTF8.GetString(opened)
            : null;
        return new CaseAttachment(
            name[(name.LastIndexOf('/') + 1)..],
            fileName,
            metadata.TryGetValue("contenttype", out var type) ? type : AttachmentText.OctetStream,
            metadata.TryGetValue("size", out var size) && long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) ? bytes : 0);
    }

    /// <summary>
    /// The blob a connector path names, when it is one the connector writes: <c>{triage container}/mail/…</c> with plain
    /// segments (letters, digits, <c>. _ -</c>), so no message can make intake read, or delete, anything else.
    /// </summary>
    private string? IncomingName(string blobPath)
    {
        var prefix = $"{_container.Name}/";
        if (blobPath.Length > MaxIncomingPath || !blobPath.StartsWith(prefix + IncomingFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var name = blobPath[prefix.Length..];
        var segments = name.Split('/');
        return segments.Length >= 2 && segments.All(s => s.Length > 0 && s != "." && s != ".." && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            ? name
            : null;
    }

    private static string Prefix(CaseReference reference) => $"attachments/{reference.Value}/";

    private static string BlobName(CaseReference reference, string attachmentId) => Prefix(reference) + attachmentId;
}

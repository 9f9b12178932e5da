using System.Globalization;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Options;
using Registry.Audit;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Retention.Purge;
using Registry.Subjects;

namespace Registry.Infrastructure.Audit;

/// <summary>
/// The audit log as append blobs in the <c>audit</c> container (WORM in Azure: time-based retention with
/// protected append writes, infra/modules/data-storage.bicep): one JSON line per entry, in
/// <c>days/{yyyy-MM-dd}.jsonl</c> and, when the entry names a subject, again in <c>subjects/{subjectId}.jsonl</c>
/// so the officer can read a person's history without scanning every day. Blob names hold dates and opaque ids only.
/// </summary>
public sealed class BlobAuditLog(BlobServiceClient service, IOptions<StorageNames> names, PurgeScheduling? purgeScheduling = null) : IAuditLog
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(names.Value.AuditContainer);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var line = Encoding.UTF8.GetBytes(StorageJson.Write(entry) + "\n");
        var day = DateOnly.FromDateTime(entry.At.UtcDateTime);

        // The blobs' deletion dates first (idempotent upserts): an audit line is never written without one.
        if (purgeScheduling is not null)
        {
            await purgeScheduling.AuditBlobAsync($"day:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", cancellationToken);
            if (entry.SubjectId is { } audited)
            {
                await purgeScheduling.AuditBlobAsync($"subject:{audited.Value}", cancellationToken);
            }
        }

        await AppendLineAsync(DayBlob(day), line, cancellationToken);
        if (entry.SubjectId is { } subject)
        {
            await AppendLineAsync(SubjectBlob(subject), line, cancellationToken);
        }
    }

    public Task<IReadOnlyList<AuditEntry>> ForDayAsync(DateOnly day, CancellationToken cancellationToken = default) =>
        ReadAsync(DayBlob(day), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(SubjectId subject, CancellationToken cancellationToken = default) =>
        ReadAsync(SubjectBlob(subject), cancellationToken);

    private async Task AppendLineAsync(string name, byte[] line, CancellationToken cancellationToken)
    {
        var blob = _container.GetAppendBlobClient(name);
        await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        using var content = new MemoryStream(line);
        await blob.AppendBlockAsync(content, cancellationToken: cancellationToken);
    }

    private async Task<IReadOnlyList<AuditEntry>> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToString()
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(StorageJson.Read<AuditEntry>)
                .ToList();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    private static string DayBlob(DateOnly day) => $"days/{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.jsonl";

    private static string SubjectBlob(SubjectId subject) => $"subjects/{subject.Value}.jsonl";
}

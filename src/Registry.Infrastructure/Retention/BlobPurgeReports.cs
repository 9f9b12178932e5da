using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// Reports in <c>purge-reports</c>: a day's first real run is <c>{yyyy-MM-dd}.json</c>; a later run that day, a dry run
/// or a run that found the lock held gets a time suffix (<c>{date}-{HHmmssfff}[-dry-run|-lock-held].json</c>), so no
/// report ever replaces another.
/// </summary>
public sealed class BlobPurgeReports(BlobServiceClient blobs, IOptions<StorageNames> names) : IPurgeReports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<string> SaveAsync(PurgeReport report, CancellationToken cancellationToken = default)
    {
        var container = blobs.GetBlobContainerClient(names.Value.PurgeReportsContainer);
        var content = BinaryData.FromObjectAsJson(report, Json);
        var day = report.RunDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        if (!report.DryRun && report.Outcome != "lock-held")
        {
            try
            {
                await container.GetBlobClient($"{day}.json").UploadAsync(content, upload, cancellationToken);
                return $"{day}.json";
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // An earlier run today has the plain name.
            }
        }

        var suffix = report.DryRun ? "-dry-run" : report.Outcome == "lock-held" ? "-lock-held" : string.Empty;
        var name = $"{day}-{report.StartedAt.UtcDateTime.ToString("HHmmssfff", CultureInfo.InvariantCulture)}{suffix}.json";
        await container.GetBlobClient(name).UploadAsync(content, upload, cancellationToken);
        return name;
    }

    public async Task<IReadOnlyList<(string Name, PurgeReport Report)>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        var container = blobs.GetBlobContainerClient(names.Value.PurgeReportsContainer);
        var found = new List<string>();
        try
        {
            await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                found.Add(blob.Name);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }

        // Names start with the run date, and a day's later runs carry a time: ordinal order is run order.
        var latest = new List<(string, PurgeReport)>();
        foreach (var name in found.OrderByDescending(n => n, StringComparer.Ordinal).Take(count))
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            latest.Add((name, content.Value.Content.ToObjectFromJson<PurgeReport>(Json)!));
        }

        return latest;
    }
}

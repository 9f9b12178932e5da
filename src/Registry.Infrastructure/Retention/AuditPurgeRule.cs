using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Registry.Infrastructure.Storage;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// <c>audit</c>: an audit log blob goes <see cref="PurgeOptions.AuditYears"/> after its last entry (a day's blob
/// after that day, a person's blob after their last audited access). In Azure the container is WORM: the delete
/// is refused until the immutability period since the blob's creation has passed (1095 days, never longer than
/// three years after the last entry), so a refusal keeps the entry and looks again later.
/// </summary>
public sealed class AuditPurgeRule(
    BlobServiceClient blobs, IOptions<StorageNames> names, IOptions<PurgeOptions> options, IOptions<RetentionOptions> retention) : IPurgeRule
{
    public string Kind => PurgeKinds.Audit;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        if (BlobName(item.Target) is not { } name)
        {
            return new PurgeItemResult(new Dictionary<string, int>(), null, ["not an audit blob target"]);
        }

        var container = blobs.GetBlobContainerClient(names.Value.AuditContainer);
        DateTimeOffset lastModified;
        try
        {
            lastModified = (await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken)).Value.LastModified;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return PurgeItemResult.Nothing;
        }

        var due = DateOnly.FromDateTime(lastModified.UtcDateTime).AddYears(options.Value.AuditYears);
        if (run.Today < due)
        {
            return new PurgeItemResult(new Dictionary<string, int>(), due, ["audit period running"]);
        }

        if (!run.DryRun)
        {
            try
            {
                await BlobEraser.DeleteWithHistoryAsync(container, name, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 403 or 409 && e.ErrorCode?.Contains("Immutab", StringComparison.OrdinalIgnoreCase) == true)
            {
                return new PurgeItemResult(new Dictionary<string, int>(), run.Today.AddDays(retention.Value.HoldRecheckDays), ["immutability policy"]);
            }
        }

        return new PurgeItemResult(new Dictionary<string, int> { ["audit-blob"] = 1 }, null, []);
    }

    /// <summary><c>day:{yyyy-MM-dd}</c> → <c>days/{date}.jsonl</c>, <c>subject:{id}</c> → <c>subjects/{id}.jsonl</c> (as <c>BlobAuditLog</c> names them).</summary>
    public static string? BlobName(string target) => target.Split(':', 2) switch
    {
        ["day", var day] when DateOnly.TryParseExact(day, "yyyy-MM-dd", out _) => $"days/{day}.jsonl",
        ["subject", var id] when Registry.Subjects.SubjectId.TryParse(id, out _) => $"subjects/{id}.jsonl",
        _ => null,
    };
}

using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Cases.Attachments;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Serialization;

namespace Registry.Infrastructure.Retention;

/// <summary>
/// <c>case</c>: a closed case file goes <see cref="PurgeOptions.CaseFileYears"/> after it closed: every row of its
/// partition (case, timeline, its data key), its sealed triage original and its sealed mail attachments. The closing date is read again from
/// the timeline; a case that is not closed is left alone (its closure schedules it again).
/// </summary>
public sealed class CaseFilePurgeRule(RegistryTables tables, BlobServiceClient blobs, IOptions<StorageNames> names, IOptions<PurgeOptions> options, ICaseAttachments attachments) : IPurgeRule
{
    private const string CaseRow = "case";

    public string Kind => PurgeKinds.CaseFile;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        var rows = await TableRows.PartitionAsync(tables.Cases, item.Target, ["StatusAfter", "Status", "At", "OriginalBlob"], cancellationToken);
        if (rows.Count == 0)
        {
            return PurgeItemResult.Nothing;
        }

        var caseRow = rows.Find(r => r.RowKey == CaseRow);
        if (caseRow is not null)
        {
            if (!WireName<CaseStatus>.TryParse(caseRow.GetString("Status"), out var status) || !ICaseClosed.Closes(status))
            {
                return new PurgeItemResult(new Dictionary<string, int>(), null, ["case not closed"]);
            }

            var due = ClosedAt(rows) is { } closedAt ? CaseFileSchedule.DueOn(closedAt, options.Value) : item.DueOn;
            if (run.Today < due)
            {
                return new PurgeItemResult(new Dictionary<string, int>(), due, ["case file retention running"]);
            }
        }

        // No case row: an earlier run died midway through this delete; finish it.
        var attachmentCount = 0;
        if (!run.DryRun)
        {
            if (CaseReference.TryParse(item.Target, out var reference))
            {
                attachmentCount = await attachments.DeleteAllAsync(reference, cancellationToken);
            }

            if (caseRow?.GetString("OriginalBlob") is { } original)
            {
                await BlobEraser.DeleteWithHistoryAsync(blobs.GetBlobContainerClient(names.Value.TriageContainer), original, cancellationToken);
            }

            // The case row last, so a crash midway leaves a case row that tells the next run to finish.
            await TableRows.DeleteAsync(tables.Cases, rows.OrderBy(r => r.RowKey == CaseRow).ToList(), cancellationToken);
        }

        var counts = new Dictionary<string, int> { ["case-file"] = 1, ["case-rows"] = rows.Count };
        if (attachmentCount > 0)
        {
            counts["case-attachments"] = attachmentCount;
        }

        return new PurgeItemResult(counts, null, []);
    }

    private static DateTimeOffset? ClosedAt(List<TableEntity> rows) =>
        rows.Where(r => WireName<CaseStatus>.TryParse(r.GetString("StatusAfter"), out var after) && ICaseClosed.Closes(after))
            .Select(r => r.GetDateTimeOffset("At"))
            .Max();
}

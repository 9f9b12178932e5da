using Azure;
using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Retention;

namespace Registry.Bench;

/// <summary>
/// Stands in for the subject review rule (lead's, not merged when this bench was written) only when DI has no
/// rule for <c>review</c>: re-reads the person's partition in one query and deletes the order rows whose
/// <c>RetainedUntil</c> has passed, in one entity-group transaction. The real rule does more (holds, anonymisation).
/// </summary>
public sealed class PlaceholderReviewRule(RegistryTables tables) : IPurgeRule
{
    public string Kind => ScheduledItem.ReviewKind;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        var expired = new List<TableTransactionAction>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {item.Target}");
        await foreach (var row in tables.Subjects.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "RetainedUntil"], cancellationToken: cancellationToken))
        {
            if (row.RowKey.StartsWith("order|", StringComparison.Ordinal) && string.CompareOrdinal(row.GetString("RetainedUntil"), run.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) < 0)
            {
                expired.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(row.PartitionKey, row.RowKey), ETag.All));
            }
        }

        if (expired.Count > 0 && !run.DryRun)
        {
            await tables.Subjects.SubmitTransactionAsync(expired, cancellationToken);
        }

        return new PurgeItemResult(new Dictionary<string, int> { ["accounting-records"] = expired.Count }, null, []);
    }
}

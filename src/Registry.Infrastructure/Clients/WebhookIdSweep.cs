using Azure;
using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Retention;

namespace Registry.Infrastructure.Clients;

/// <summary>
/// Deletes remembered <c>webhook-id</c>s past their replay window, so the <c>Dedupe</c> table holds about one window
/// of signed requests instead of every request ever made. One filtered scan a night (the table's only cross-partition
/// query, over rows of the last day) and one conditional delete per expired row; a row claimed again since it was
/// read (its version changed) stays.
/// </summary>
public sealed class WebhookIdSweep(RegistryTables tables, TimeProvider time) : IPurgeSweep
{
    public const string Action = "webhook-id";

    public async Task<IReadOnlyDictionary<string, int>> SweepAsync(PurgeRun run, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var expired = 0;
        var filter = TableClient.CreateQueryFilter($"ExpiresAt le {now}");
        await foreach (var row in tables.Dedupe.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (run.DryRun || await DeleteAsync(row, cancellationToken))
            {
                expired++;
            }
        }

        return new Dictionary<string, int> { [Action] = expired };
    }

    private async Task<bool> DeleteAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Dedupe.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false; // claimed again or released since the scan: not ours to delete
        }
    }
}

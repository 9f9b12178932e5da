using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Registry.Retention;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// The <c>Schedule</c> table. PartitionKey <c>{yyyyMMdd}-{shard}</c>, RowKey <c>{kind}|{target}</c>: a night's due
/// items are read from that day's 16 partitions, and no single partition takes every write of a busy day (D4).
/// </summary>
public sealed class TableRetentionSchedule(RegistryTables tables) : IRetentionSchedule
{
    public const int Shards = 16;
    private const int BatchSize = 100;

    public Task ScheduleAsync(ScheduledItem item, CancellationToken cancellationToken = default) =>
        tables.Schedule.UpsertEntityAsync(Entity(item), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// One range query, <c>PartitionKey lt {tomorrow}</c>: processed entries are deleted, so everything below
    /// tomorrow's first partition is due (today's and whatever a missed night left), and future days are never read.
    /// </summary>
    public async IAsyncEnumerable<ScheduledItem> DueAsync(DateOnly today, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var before = today.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {before}");
        await foreach (var entity in tables.Schedule.QueryAsync<TableEntity>(filter, select: ["Kind", "Target", "DueOn"], cancellationToken: cancellationToken))
        {
            if (entity.GetString("Kind") is { } kind && entity.GetString("Target") is { } target
                && DateOnly.TryParseExact(entity.GetString("DueOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueOn))
            {
                yield return new ScheduledItem(kind, target, dueOn);
            }
        }
    }

    /// <summary>
    /// New entries first, then the removals, each in entity-group transactions of up to 100 entries of one partition:
    /// a night's entries share today's 16 partitions, so removing them costs a request per 100 items, not per item.
    /// </summary>
    public async Task MoveAsync(IReadOnlyCollection<ScheduleMove> moves, CancellationToken cancellationToken = default)
    {
        var writes = moves.Where(m => m.NextDueOn is { } next && next != m.Item.DueOn)
            .Select(m => Entity(m.Item with { DueOn = m.NextDueOn!.Value }))
            .Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
        await SubmitPerPartitionAsync(writes, cancellationToken);

        var removals = moves.Where(m => m.NextDueOn != m.Item.DueOn)
            .Select(m => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(PartitionFor(m.Item.DueOn, m.Item.Target), RowFor(m.Item)), ETag.All));
        await SubmitPerPartitionAsync(removals, cancellationToken);
    }

    private async Task SubmitPerPartitionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // Distinct keys: a batch may not touch one entity twice (an item handled twice in one run moves once).
        var batches = actions.DistinctBy(a => (a.Entity.PartitionKey, a.Entity.RowKey))
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(BatchSize));
        foreach (var batch in batches)
        {
            try
            {
                await tables.Schedule.SubmitTransactionAsync(batch, cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404 && batch.All(a => a.ActionType == TableTransactionActionType.Delete))
            {
                // Some entries were removed already (a repeat after a crash): remove the rest one by one.
                foreach (var action in batch)
                {
                    await RemoveOneAsync(action.Entity, cancellationToken);
                }
            }
        }
    }

    private async Task RemoveOneAsync(ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Schedule.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already: a repeat after a crash, or an overlapping run.
        }
    }

    private static TableEntity Entity(ScheduledItem item) => new(PartitionFor(item.DueOn, item.Target), RowFor(item))
    {
        ["Kind"] = item.Kind,
        ["Target"] = item.Target,
        ["DueOn"] = item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static string PartitionFor(DateOnly dueOn, string target)
    {
        var shard = SHA256.HashData(Encoding.UTF8.GetBytes(target))[0] % Shards;
        return $"{dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{shard:x2}";
    }

    public static string RowFor(ScheduledItem item) => $"{item.Kind}|{item.Target}";
}

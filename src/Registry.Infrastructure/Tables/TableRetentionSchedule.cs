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

    public Task ScheduleAsync(ScheduledItem item, CancellationToken cancellationToken = default) =>
        tables.Schedule.UpsertEntityAsync(
            new TableEntity(PartitionFor(item.DueOn, item.Target), RowFor(item))
            {
                ["Kind"] = item.Kind,
                ["Target"] = item.Target,
                ["DueOn"] = item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            TableUpdateMode.Replace,
            cancellationToken);

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

    public async Task RemoveAsync(ScheduledItem item, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Schedule.DeleteEntityAsync(PartitionFor(item.DueOn, item.Target), RowFor(item), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already: a repeat after a crash, or an overlapping run.
        }
    }

    public async Task RescheduleAsync(ScheduledItem item, DateOnly dueOn, CancellationToken cancellationToken = default)
    {
        if (dueOn == item.DueOn)
        {
            return;
        }

        await ScheduleAsync(item with { DueOn = dueOn }, cancellationToken);
        await RemoveAsync(item, cancellationToken);
    }

    public static string PartitionFor(DateOnly dueOn, string target)
    {
        var shard = SHA256.HashData(Encoding.UTF8.GetBytes(target))[0] % Shards;
        return $"{dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{shard:x2}";
    }

    public static string RowFor(ScheduledItem item) => $"{item.Kind}|{item.Target}";
}

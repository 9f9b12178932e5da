using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
            new TableEntity(PartitionFor(item.DueOn, item.Target), $"{item.Kind}|{item.Target}")
            {
                ["Kind"] = item.Kind,
                ["Target"] = item.Target,
                ["DueOn"] = item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public static string PartitionFor(DateOnly dueOn, string target)
    {
        var shard = SHA256.HashData(Encoding.UTF8.GetBytes(target))[0] % Shards;
        return $"{dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{shard:x2}";
    }
}

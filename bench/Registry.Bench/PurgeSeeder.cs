using System.Globalization;
using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Retention;

namespace Registry.Bench;

/// <summary>
/// Fast direct seeding of the rows ingestion writes for a person, with the same keys (<c>profile</c>,
/// <c>key|profile</c>, <c>key|accounting</c>, two <c>order|ord_…</c>) and properties of the same size (random base64
/// stands in for sealed values), one entity-group transaction per person, many in parallel; the review entries go in
/// 100-entity batches per schedule partition. Due people have orders past retention and an entry today; the rest
/// an entry on a later day over three years, as ingestion spreads them.
/// </summary>
public static class PurgeSeeder
{
    public static async Task<List<string>> SeedAsync(RegistryTables tables, int subjects, int due, DateOnly today, int concurrency, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, subjects).Select(_ => Registry.Subjects.SubjectId.New().Value).ToList();
        var dueIds = ids.Take(due).ToList();
        var sealedValue = Convert.ToBase64String(new byte[180]);
        await Parallel.ForEachAsync(ids.Select((id, i) => (id, i)), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (s, ct) =>
        {
            var retainedUntil = s.i < due ? today.AddDays(-1 - (s.i % 30)) : today.AddYears(1 + (s.i % 6));
            List<TableTransactionAction> rows =
            [
                Add(new TableEntity(s.id, "profile") { ["Name"] = sealedValue, ["Email"] = sealedValue, ["Address"] = sealedValue, ["LastActivityAt"] = DateTimeOffset.UnixEpoch }),
                Add(new TableEntity(s.id, "key|profile") { ["Wrapped"] = sealedValue, ["KeyVersion"] = "development" }),
                Add(new TableEntity(s.id, "key|accounting") { ["Wrapped"] = sealedValue, ["KeyVersion"] = "development" }),
                Add(Order(s.id, "ord_1", retainedUntil, sealedValue)),
                Add(Order(s.id, "ord_2", retainedUntil, sealedValue)),
            ];
            await tables.Subjects.SubmitTransactionAsync(rows, ct);
        });

        var entries = ids.Select((id, i) => new ScheduledItem(ScheduledItem.ReviewKind, id, i < due ? today : today.AddDays(1 + (i % 1095))));
        var batches = entries.GroupBy(e => TableRetentionSchedule.PartitionFor(e.DueOn, e.Target)).SelectMany(g => g.Chunk(100));
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (batch, ct) =>
            await tables.Schedule.SubmitTransactionAsync(batch.Select(e => Add(new TableEntity(TableRetentionSchedule.PartitionFor(e.DueOn, e.Target), TableRetentionSchedule.RowFor(e))
            {
                ["Kind"] = e.Kind, ["Target"] = e.Target, ["DueOn"] = e.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })), ct));
        return dueIds;
    }

    private static TableEntity Order(string subject, string order, DateOnly retainedUntil, string sealedValue) => new(subject, $"order|{order}")
    {
        ["ClientId"] = "webshop", ["ClientOrderId"] = "WS-1", ["Channel"] = "webshop", ["BillTo"] = sealedValue, ["InvoiceNumber"] = sealedValue,
        ["InvoiceStatus"] = "paid", ["Currency"] = "EUR", ["Total"] = "129.90", ["Lines"] = sealedValue + sealedValue,
        ["RetainedUntil"] = retainedUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static TableTransactionAction Add(TableEntity entity) => new(TableTransactionActionType.Add, entity);
}

using Azure;
using Azure.Data.Tables;
using Registry.Erasure;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// The <c>Statistics</c> table: one row per anonymised person, PartitionKey = the first two hex digits of its random
/// id (so a night's anonymisations spread over 256 partitions), RowKey = the id. Nothing in it names a person.
/// </summary>
public sealed class TableAnonymousStatistics(RegistryTables tables) : IAnonymousStatistics
{
    public Task RecordAsync(AnonymousRecord record, CancellationToken cancellationToken = default) =>
        tables.Statistics.UpsertEntityAsync(
            new TableEntity(record.Id[..2], record.Id)
            {
                ["Country"] = record.Country,
                ["PostalArea"] = record.PostalArea,
                ["OrderCount"] = record.Orders.Count,
                ["Orders"] = StorageJson.Write(record.Orders),
            },
            TableUpdateMode.Replace,
            cancellationToken);

    public async Task<string> RecordIdForAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var candidate = Guid.NewGuid().ToString("N");
        try
        {
            await tables.Subjects.AddEntityAsync(new TableEntity(subject.Value, AnonymousRecordRows.Pending) { ["RecordId"] = candidate }, cancellationToken);
            return candidate;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await tables.Subjects.GetEntityAsync<TableEntity>(subject.Value, AnonymousRecordRows.Pending, ["RecordId"], cancellationToken);
            return existing.Value.GetString("RecordId");
        }
    }
}

using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Infrastructure.Tables;
using Registry.Serialization;

namespace Registry.Infrastructure.Audiences;

/// <summary>
/// One <c>disclosure|{disclosureId}</c> row per person in their own partition. Upserts, so a retried page
/// writes the same rows again harmlessly; partitions differ, so the writes run in parallel.
/// </summary>
public sealed class TableDisclosureLog(RegistryTables tables) : IDisclosureLog
{
    public const string RowPrefix = "disclosure|";

    public Task RecordAsync(IReadOnlyList<DisclosureEntry> entries, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            var row = new TableEntity(entry.Subject.Value, RowPrefix + entry.DisclosureId)
            {
                ["Recipient"] = entry.Recipient.Value,
                ["RecipientKind"] = "client",
                ["Purpose"] = entry.Purpose.ToWire(),
                ["Categories"] = string.Join(',', entry.Categories),
                ["Basis"] = entry.Basis,
                ["DisclosedAt"] = entry.DisclosedAt,
            };
            await tables.Subjects.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
        });
}

using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Infrastructure.Tables;

namespace Registry.Infrastructure.Audiences;

/// <summary>
/// One <c>disclosure|{disclosureId}</c> row per person in their own partition. Upserts, so a retried page
/// writes the same rows again harmlessly; partitions differ, so the writes run in parallel.
/// </summary>
public sealed class TableDisclosureLog(RegistryTables tables) : IDisclosureLog
{
    public Task RecordAsync(IReadOnlyList<DisclosureEntry> entries, CancellationToken cancellationToken = default) =>
        Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            var row = DisclosureEntity.ToEntity(entry);
            await tables.Subjects.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
        });
}

using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>Reads a subject's whole partition and opens its sealed values with the subject's data keys.</summary>
public sealed class TableSubjectReader(RegistryTables tables, IFieldCipher cipher, IRegistrySecrets secrets) : ISubjectReader
{
    public async Task<SubjectData?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        var rows = new List<TableEntity>();
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(e => e.PartitionKey == subject.Value, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var keys = rows.Where(DataKeyEntity.IsDataKey).Select(DataKeyEntity.FromEntity);
        var sealer = new FieldSealer(cipher, Keyring.Open(subject, keys, await secrets.GetKeyEncryptionKeysAsync(cancellationToken)));
        CustomerProfile? profile = null;
        var orders = new List<StoredOrder>();
        var preferences = new List<PreferenceEvent>();
        var history = new List<PreferenceEvent>();
        var billing = new List<BillingHistoryEntry>();
        var disclosures = new List<DisclosureEntry>();
        foreach (var row in rows)
        {
            if (row.RowKey == SubjectRows.Profile)
            {
                profile = ProfileEntity.FromEntity(row, sealer);
            }
            else if (row.RowKey.StartsWith(SubjectRows.OrderPrefix, StringComparison.Ordinal))
            {
                orders.Add(OrderEntity.FromEntity(row, sealer));
            }
            else if (row.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal))
            {
                preferences.Add(PreferenceEntity.FromEntity(row));
            }
            else if (row.RowKey.StartsWith(SubjectRows.PreferenceEventPrefix, StringComparison.Ordinal))
            {
                history.Add(PreferenceEntity.FromEntity(row));
            }
            else if (row.RowKey.StartsWith(SubjectRows.BillingPrefix, StringComparison.Ordinal))
            {
                billing.Add(TableBillingRecords.FromHistoryRow(row));
            }
            else if (row.RowKey.StartsWith(SubjectRows.DisclosurePrefix, StringComparison.Ordinal))
            {
                disclosures.Add(DisclosureEntity.FromEntity(row));
            }
        }

        return new SubjectData(subject, profile, orders, preferences)
        {
            PreferenceHistory = history.OrderBy(e => e.OccurredAt).ToList(),
            BillingHistory = billing.OrderBy(b => b.Date).ToList(),
            Disclosures = disclosures.OrderBy(d => d.DisclosedAt).ToList(),
            Status = SubjectStatusEntity.FromRows(rows.Where(SubjectStatusEntity.IsStatusRow)),
        };
    }
}

using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Reads a subject's whole partition and opens its sealed values with the subject's data keys (a row's own key when it has
/// one), folding contact snapshots and pending preference events in (<see cref="AppendedRows"/>).
/// </summary>
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
        var keyring = Keyring.Open(subject, keys, await secrets.GetKeyEncryptionKeysAsync(cancellationToken));
        var sealer = new FieldSealer(cipher, keyring);
        var profileRow = rows.FirstOrDefault(r => r.RowKey == SubjectRows.Profile);
        var profile = AppendedRows.Profile(profileRow, rows, sealer);
        var current = AppendedRows.Preferences(rows.Where(r => r.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal)));
        var preferences = current.Values.Select(c => c.Event).ToList();
        var orders = new List<StoredOrder>();
        var history = new List<PreferenceEvent>();
        var billing = new List<BillingHistoryEntry>();
        var disclosures = new List<DisclosureEntry>();
        foreach (var row in rows)
        {
            if (row.RowKey.StartsWith(SubjectRows.OrderPrefix, StringComparison.Ordinal))
            {
                var order = OrderEntity.FromEntity(row, sealer);
                orders.Add(order with { HasOwnKey = rows.Any(r => r.RowKey == SubjectRows.RowDataKey(DataScope.Accounting, order.Ref.Value)) });
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
            Appended = profileRow is not null && profile is not null && rows.Any(AppendedRows.IsAppended)
                ? new SubjectRecord(profile, profileRow.ETag.ToString(), current, keyring) { Folded = AppendedRows.Folded(rows, current) }
                : null,
        };
    }
}

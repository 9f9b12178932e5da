using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Infrastructure.Tables;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Audiences;

/// <summary>
/// Scans the <c>Subjects</c> table in PartitionKey order for the profile, current-preference and marker rows.
/// Rows of one partition arrive together, so a person is complete when the next partition key appears.
/// </summary>
public sealed class TableAudienceSource(RegistryTables tables, IFieldCipher cipher, IRegistrySecrets secrets) : IAudienceSource
{
    public async Task<AudienceScan> ScanAsync(SubjectId? after, int maxSubjects, CancellationToken cancellationToken = default)
    {
        var keks = await secrets.GetKeyEncryptionKeysAsync(cancellationToken);
        var candidates = new List<AudienceCandidate>();
        var group = new List<TableEntity>();
        SubjectId? scannedTo = null;
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(AudienceRows.Filter(after), cancellationToken: cancellationToken))
        {
            if (group.Count > 0 && entity.PartitionKey != group[0].PartitionKey)
            {
                scannedTo = Complete(group, candidates, keks);
                group.Clear();
                if (candidates.Count >= maxSubjects)
                {
                    return new AudienceScan(candidates, scannedTo);
                }
            }

            group.Add(entity);
        }

        if (group.Count > 0)
        {
            Complete(group, candidates, keks);
        }

        return new AudienceScan(candidates, null);
    }

    private SubjectId Complete(List<TableEntity> rows, List<AudienceCandidate> candidates, IReadOnlyList<KeyEncryptionKey> keks)
    {
        var subject = SubjectId.Parse(rows[0].PartitionKey);
        var profile = rows.FirstOrDefault(r => r.RowKey == SubjectRows.Profile);
        if (profile is not null)
        {
            var preferences = AppendedRows.Preferences(rows.Where(r => r.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal)))
                .ToDictionary(p => p.Key, p => p.Value.Event);
            var contact = AudienceRows.Contact(profile, rows, cipher, keks);

            // A profile whose key was destroyed is an erased person, marker or not.
            var markers = new SubjectMarkers(
                rows.Any(r => r.RowKey == AudienceRows.Restricted), contact.Erased || rows.Any(r => r.RowKey == AudienceRows.Erased));
            candidates.Add(new AudienceCandidate(subject, contact, preferences, markers));
        }

        return subject;
    }
}

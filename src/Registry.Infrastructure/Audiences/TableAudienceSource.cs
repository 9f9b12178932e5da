using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Infrastructure.Tables;
using Registry.Subjects;

namespace Registry.Infrastructure.Audiences;

/// <summary>
/// Scans the <c>Subjects</c> table in PartitionKey order for the profile, current-preference and marker rows.
/// Rows of one partition arrive together, so a person is complete when the next partition key appears.
/// </summary>
public sealed class TableAudienceSource(RegistryTables tables) : IAudienceSource
{
    public async Task<AudienceScan> ScanAsync(SubjectId? after, int maxSubjects, CancellationToken cancellationToken = default)
    {
        var candidates = new List<AudienceCandidate>();
        var group = new List<TableEntity>();
        SubjectId? scannedTo = null;
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(AudienceRows.Filter(after), cancellationToken: cancellationToken))
        {
            if (group.Count > 0 && entity.PartitionKey != group[0].PartitionKey)
            {
                scannedTo = Complete(group, candidates);
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
            Complete(group, candidates);
        }

        return new AudienceScan(candidates, null);
    }

    private static SubjectId Complete(List<TableEntity> rows, List<AudienceCandidate> candidates)
    {
        var subject = SubjectId.Parse(rows[0].PartitionKey);
        var profile = rows.FirstOrDefault(r => r.RowKey == SubjectRows.Profile);
        if (profile is not null)
        {
            var preferences = rows.Where(r => r.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal))
                .Select(PreferenceEntity.FromEntity)
                .ToDictionary(e => e.Purpose);
            var markers = new SubjectMarkers(rows.Any(r => r.RowKey == AudienceRows.Restricted), rows.Any(r => r.RowKey == AudienceRows.Erased));
            candidates.Add(new AudienceCandidate(subject, AudienceRows.Contact(profile), preferences, markers));
        }

        return subject;
    }
}

using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Audiences;

/// <summary>The rows of a subject's partition an audience reads, and the one place their contact data is read.</summary>
internal static class AudienceRows
{
    public const string Restricted = SubjectRows.Restricted;
    public const string Erased = SubjectRows.Erased;

    /// <summary>
    /// Current preferences (with pending events) and the profile with its snapshots sort next to each other
    /// ("pref|" &lt; "profile" &lt; "profile|" &lt; "profile}"; "prefevent|" sorts before all); markers are named; the data keys open the profile.
    /// </summary>
    public static string Filter(SubjectId? after)
    {
        var rows = TableClient.CreateQueryFilter(
            $"((RowKey ge {SubjectRows.PreferencePrefix} and RowKey lt {SubjectRows.ProfileEnd}) or RowKey eq {Restricted} or RowKey eq {Erased} or (RowKey ge {SubjectRows.DataKeyPrefix} and RowKey lt {SubjectRows.DataKeyEnd}))");
        return after is { } start ? $"{TableClient.CreateQueryFilter($"PartitionKey gt {start.Value}")} and {rows}" : rows;
    }

    /// <summary>
    /// The contact data of a profile row with its snapshots folded in, opened with the subject's data keys: the only read of
    /// personal fields for audiences.
    /// </summary>
    public static CustomerProfile Contact(TableEntity profile, IReadOnlyList<TableEntity> rows, IFieldCipher cipher, IReadOnlyList<KeyEncryptionKey> keks)
    {
        var keys = rows.Where(DataKeyEntity.IsDataKey).Select(DataKeyEntity.FromEntity);
        return AppendedRows.Profile(profile, rows, new FieldSealer(cipher, Keyring.Open(SubjectId.Parse(profile.PartitionKey), keys, keks)))!;
    }
}

using Azure.Data.Tables;
using Registry.Infrastructure.Tables;
using Registry.Subjects;

namespace Registry.Infrastructure.Audiences;

/// <summary>The rows of a subject's partition an audience reads, and the one place their contact data is read.</summary>
internal static class AudienceRows
{
    public const string Restricted = "status|restricted";
    public const string Erased = "status|erased";

    /// <summary>Current preferences and the profile sort next to each other ("pref|" &lt; "profile"; "prefevent|" sorts before both); markers are named.</summary>
    public static string Filter(SubjectId? after)
    {
        var rows = TableClient.CreateQueryFilter(
            $"((RowKey ge {SubjectRows.PreferencePrefix} and RowKey le {SubjectRows.Profile}) or RowKey eq {Restricted} or RowKey eq {Erased})");
        return after is { } start ? $"{TableClient.CreateQueryFilter($"PartitionKey gt {start.Value}")} and {rows}" : rows;
    }

    /// <summary>
    /// The contact data of a profile row. The only call that reads personal fields for audiences: when profile
    /// rows are encrypted (issue 3), decryption goes here.
    /// </summary>
    public static CustomerProfile Contact(TableEntity profile) => ProfileEntity.FromEntity(profile);
}

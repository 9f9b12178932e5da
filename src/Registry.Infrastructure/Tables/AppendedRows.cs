using Azure.Data.Tables;
using Registry.Preferences;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Folds what returning customers' orders appended without reading the partition (issue 18) into what every reader sees:
/// contact snapshots (<c>profile|{order ref}</c>) into the profile, pending events (<c>pref|{purpose}|{id}</c>) into the
/// current preferences, by the rules a read-then-write applies (<see cref="CustomerProfile.Fold"/>, <see cref="PreferenceLedger.Fold"/>).
/// </summary>
internal static class AppendedRows
{
    public static bool IsSnapshot(TableEntity row) => row.RowKey.StartsWith(SubjectRows.SnapshotPrefix, StringComparison.Ordinal);

    /// <summary>A snapshot or a pending event: a row a fold takes in and a compaction removes.</summary>
    public static bool IsAppended(TableEntity row) => IsSnapshot(row) || SubjectRows.IsPendingPreference(row.RowKey);

    /// <summary>The profile with its snapshots folded in; null without a profile row (snapshots alone are a person being erased).</summary>
    public static CustomerProfile? Profile(TableEntity? profile, IEnumerable<TableEntity> rows, FieldSealer sealer)
    {
        if (profile is null)
        {
            return null;
        }

        // Oldest first, ties by row: the order of folding does not change the result except between equal times.
        return rows.Where(IsSnapshot)
            .Select(row => ProfileEntity.FromEntity(row, sealer))
            .OrderBy(snapshot => snapshot.LastActivityAt)
            .Aggregate(ProfileEntity.FromEntity(profile, sealer), (folded, snapshot) => folded.Fold(snapshot));
    }

    /// <summary>The current preferences with the pending events folded in.</summary>
    public static IReadOnlyDictionary<ConsentPurpose, CurrentPreference> Preferences(IEnumerable<TableEntity> rows)
    {
        var list = rows.ToList();
        var current = list.Where(r => SubjectRows.IsCurrentPreference(r.RowKey))
            .Select(PreferenceEntity.CurrentFromEntity)
            .ToDictionary(c => c.Event.Purpose);
        return PreferenceLedger.Fold(current, list.Where(r => SubjectRows.IsPendingPreference(r.RowKey)).Select(PreferenceEntity.FromEntity));
    }

    /// <summary>The appended rows a write that replaces the profile and the current rows removes, with the keys of the snapshots.</summary>
    public static FoldedRows Folded(IReadOnlyList<TableEntity> rows, IReadOnlyDictionary<ConsentPurpose, CurrentPreference> preferences)
    {
        // Each snapshot next to its key, so a removal cut short by the transaction's size leaves whole pairs.
        var present = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var snapshots = rows.Where(IsSnapshot)
            .SelectMany(r => new[] { r.RowKey, SubjectRows.RowDataKey(Privacy.Encryption.DataScope.Profile, r.RowKey[SubjectRows.SnapshotPrefix.Length..]) })
            .Where(present.Contains);
        var pending = rows.Where(r => SubjectRows.IsPendingPreference(r.RowKey))
            .GroupBy(r => PreferenceEntity.FromEntity(r).Purpose)
            .ToDictionary(g => g.Key, g => new FoldedPreference(preferences[g.Key], g.Select(r => r.RowKey).ToList()));
        return new FoldedRows(snapshots.ToList(), pending);
    }
}

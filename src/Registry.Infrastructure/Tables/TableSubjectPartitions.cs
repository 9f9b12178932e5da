using Azure;
using Azure.Data.Tables;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// The <c>Subjects</c> table as ingestion uses it: one read of the profile, preferences and data keys,
/// one transaction per order; or, for a returning customer, one transaction that appends without the read.
/// </summary>
public sealed class TableSubjectPartitions(RegistryTables tables, IFieldCipher cipher, IRegistrySecrets secrets) : ISubjectPartitions
{
    private const int MaxActions = 100;

    public async Task<SubjectRecord?> ReadForIngestionAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        // One request: the data keys, and the current-preference rows with the profile and its snapshots ("pref|" < "profile" < "profile|").
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {subject.Value} and ((RowKey ge {SubjectRows.PreferencePrefix} and RowKey lt {SubjectRows.ProfileEnd}) or (RowKey ge {SubjectRows.DataKeyPrefix} and RowKey lt {SubjectRows.DataKeyEnd}))");
        var rows = new List<TableEntity>();
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        var profile = rows.FirstOrDefault(r => r.RowKey == SubjectRows.Profile);
        var keys = rows.Where(DataKeyEntity.IsDataKey).Select(DataKeyEntity.FromEntity).ToList();
        var preferences = AppendedRows.Preferences(rows.Where(r => r.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal)));
        if (profile is null && preferences.Count == 0 && keys.Count == 0)
        {
            return null;
        }

        var keyring = Keyring.Open(subject, keys, await secrets.GetKeyEncryptionKeysAsync(cancellationToken));
        var read = AppendedRows.Profile(profile, rows, new FieldSealer(cipher, keyring)) ?? CustomerProfile.Empty;

        // Snapshots without a profile row belong to an erasure under way: they are neither folded nor removed here.
        var folded = AppendedRows.Folded(profile is null ? rows.Where(r => !AppendedRows.IsSnapshot(r)).ToList() : rows, preferences);
        return new SubjectRecord(read, profile?.ETag.ToString(), preferences, keyring) { Folded = folded };
    }

    public async Task<bool> HasOrderAsync(SubjectId subject, OrderRef order, CancellationToken cancellationToken = default)
    {
        var found = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject.Value, SubjectRows.Order(order), ["RowKey"], cancellationToken);
        return found.HasValue;
    }

    public async Task<CommitOutcome> CommitOrderAsync(SubjectCommit commit, CancellationToken cancellationToken = default)
    {
        var sealer = new FieldSealer(cipher, commit.Keys);
        var actions = OrderRows(commit.Subject, commit.Order, sealer);
        if (commit.Profile is { } profile)
        {
            actions.Add(Versioned(ProfileEntity.ToEntity(commit.Subject, profile.Profile, sealer), profile.ETag));
        }

        foreach (var preference in commit.Preferences)
        {
            actions.Add(new(TableTransactionActionType.Add, PreferenceEntity.History(commit.Subject, preference.Event)));
            if (preference.BecomesCurrent)
            {
                actions.Add(Versioned(PreferenceEntity.Current(commit.Subject, preference.Current), preference.CurrentETag));
            }
        }

        actions.AddRange(await DataKeyEntity.NewKeyActionsAsync(commit.Keys, secrets, cancellationToken));
        actions.AddRange(Compaction(commit.Subject, commit.Profile?.Replaces ?? [], commit.FoldedPreferences, commit.Preferences, actions.Count));
        return await SubmitAsync(actions, cancellationToken);
    }

    public async Task<CommitOutcome> CommitBlindAsync(BlindCommit commit, CancellationToken cancellationToken = default)
    {
        var sealer = new FieldSealer(cipher, commit.Keys);
        var actions = OrderRows(commit.Subject, commit.Order, sealer);
        actions.Add(new(TableTransactionActionType.Add, ProfileEntity.ToEntity(commit.Subject, commit.Snapshot, sealer, SubjectRows.Snapshot(commit.Order.Ref))));
        foreach (var @event in commit.Preferences)
        {
            actions.Add(new(TableTransactionActionType.Add, PreferenceEntity.History(commit.Subject, @event)));
            actions.Add(new(TableTransactionActionType.Add, PreferenceEntity.Pending(commit.Subject, @event)));
        }

        actions.AddRange(await DataKeyEntity.NewKeyActionsAsync(commit.Keys, secrets, cancellationToken));

        // The person must still have a profile: an erasure deletes it first (and fails on the version this merge moves on).
        actions.Add(new(TableTransactionActionType.UpdateMerge, new TableEntity(commit.Subject.Value, SubjectRows.Profile), ETag.All));
        return await SubmitAsync(actions, cancellationToken);
    }

    /// <summary>The order row and its first billing row. The order row goes first, so a failure at index 0 means "this order is already stored".</summary>
    private static List<TableTransactionAction> OrderRows(SubjectId subject, StoredOrder order, FieldSealer sealer) =>
    [
        new(TableTransactionActionType.Add, OrderEntity.ToEntity(subject, order, sealer)),
        new(TableTransactionActionType.Add, TableBillingRecords.HistoryRow(
            subject, order.Ref, new BillingChange(order.Billing.Status, DateOnly.FromDateTime(order.PlacedAt.DateTime)))),
    ];

    public async Task<CommitOutcome> ReplaceProfileAsync(SubjectId subject, Keyring keys, ProfileWrite profile, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction>
        {
            Versioned(ProfileEntity.ToEntity(subject, profile.Profile, new FieldSealer(cipher, keys)), profile.ETag),
        };
        actions.AddRange(await DataKeyEntity.NewKeyActionsAsync(keys, secrets, cancellationToken));
        actions.AddRange(Compaction(subject, profile.Replaces, profile.FoldedPreferences, [], actions.Count));
        var outcome = await SubmitAsync(actions, cancellationToken);
        return outcome == CommitOutcome.AlreadyRecorded ? CommitOutcome.Conflict : outcome;
    }

    /// <summary>
    /// Removes the appended rows a write folded in, within the transaction's 100 actions (what does not fit is folded again
    /// by the next read, harmlessly): snapshots and their keys when the profile is written, and a purpose's pending
    /// events with its current row written as folded (by the write itself when it writes that row anyway).
    /// </summary>
    internal static List<TableTransactionAction> Compaction(
        SubjectId subject, IReadOnlyList<string> profileRows, IReadOnlyDictionary<ConsentPurpose, FoldedPreference> preferences,
        IReadOnlyList<PreferenceWrite> writes, int used)
    {
        var room = MaxActions - used;
        var actions = new List<TableTransactionAction>();
        foreach (var (purpose, folded) in preferences)
        {
            var written = writes.Any(w => w.BecomesCurrent && w.Event.Purpose == purpose);
            var rows = folded.Rows.Take(room - actions.Count - (written ? 0 : 1)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            if (!written)
            {
                actions.Add(Versioned(PreferenceEntity.Current(subject, folded.Current.Summary), folded.Current.ETag));
            }

            actions.AddRange(rows.Select(row => Delete(subject, row)));
        }

        // A snapshot goes only with its key (or the key alone): what is left is complete.
        actions.AddRange(profileRows.Take(Math.Max(0, room - actions.Count)).Select(row => Delete(subject, row)));
        return actions;
    }

    private static TableTransactionAction Delete(SubjectId subject, string row) =>
        new(TableTransactionActionType.Delete, new TableEntity(subject.Value, row), ETag.All);

    internal async Task<CommitOutcome> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Subjects.SubmitTransactionAsync(actions, cancellationToken);
            return CommitOutcome.Committed;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return e.FailedTransactionActionIndex == 0 && e.Status == 409 ? CommitOutcome.AlreadyRecorded : CommitOutcome.Conflict;
        }
    }

    /// <summary>Insert when there is no version yet (fails if someone inserted first), else update only that version.</summary>
    internal static TableTransactionAction Versioned(TableEntity entity, string? etag) =>
        etag is null
            ? new(TableTransactionActionType.Add, entity)
            : new(TableTransactionActionType.UpdateReplace, entity, new ETag(etag));
}

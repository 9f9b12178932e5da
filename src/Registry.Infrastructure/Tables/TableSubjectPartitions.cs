using Azure;
using Azure.Data.Tables;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// The <c>Subjects</c> table as ingestion uses it: one read of the profile, preferences and data keys,
/// one transaction per order.
/// </summary>
public sealed class TableSubjectPartitions(RegistryTables tables, IFieldCipher cipher, IRegistrySecrets secrets) : ISubjectPartitions
{
    public async Task<SubjectRecord?> ReadForIngestionAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        // One request: the data keys, and the current-preference rows with the profile ("pref|" < "profile").
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {subject.Value} and ((RowKey ge {SubjectRows.PreferencePrefix} and RowKey le {SubjectRows.Profile}) or (RowKey ge {SubjectRows.DataKeyPrefix} and RowKey lt {SubjectRows.DataKeyEnd}))");
        TableEntity? profile = null;
        var keys = new List<WrappedDataKey>();
        var preferences = new Dictionary<ConsentPurpose, CurrentPreference>();
        await foreach (var entity in tables.Subjects.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (entity.RowKey == SubjectRows.Profile)
            {
                profile = entity;
            }
            else if (DataKeyEntity.IsDataKey(entity))
            {
                keys.Add(DataKeyEntity.FromEntity(entity));
            }
            else if (entity.RowKey.StartsWith(SubjectRows.PreferencePrefix, StringComparison.Ordinal))
            {
                var current = PreferenceEntity.CurrentFromEntity(entity);
                preferences[current.Event.Purpose] = current;
            }
        }

        if (profile is null && preferences.Count == 0 && keys.Count == 0)
        {
            return null;
        }

        var keyring = Keyring.Open(subject, keys, await secrets.GetKeyEncryptionKeysAsync(cancellationToken));
        var read = profile is null ? CustomerProfile.Empty : ProfileEntity.FromEntity(profile, new FieldSealer(cipher, keyring));
        return new SubjectRecord(read, profile?.ETag.ToString(), preferences, keyring);
    }

    public async Task<bool> HasOrderAsync(SubjectId subject, OrderRef order, CancellationToken cancellationToken = default)
    {
        var found = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject.Value, SubjectRows.Order(order), ["RowKey"], cancellationToken);
        return found.HasValue;
    }

    public async Task<CommitOutcome> CommitOrderAsync(SubjectCommit commit, CancellationToken cancellationToken = default)
    {
        // The order row goes first, so a failure at index 0 means "this order is already stored".
        var order = commit.Order;
        var sealer = new FieldSealer(cipher, commit.Keys);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, OrderEntity.ToEntity(commit.Subject, order, sealer)),
            new(TableTransactionActionType.Add, TableBillingRecords.HistoryRow(
                commit.Subject, order.Ref, new BillingChange(order.Billing.Status, DateOnly.FromDateTime(order.PlacedAt.DateTime)))),
        };
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
        return await SubmitAsync(actions, cancellationToken);
    }

    public async Task<CommitOutcome> ReplaceProfileAsync(SubjectId subject, Keyring keys, ProfileWrite profile, CancellationToken cancellationToken = default)
    {
        var actions = new List<TableTransactionAction>
        {
            Versioned(ProfileEntity.ToEntity(subject, profile.Profile, new FieldSealer(cipher, keys)), profile.ETag),
        };
        actions.AddRange(await DataKeyEntity.NewKeyActionsAsync(keys, secrets, cancellationToken));
        var outcome = await SubmitAsync(actions, cancellationToken);
        return outcome == CommitOutcome.AlreadyRecorded ? CommitOutcome.Conflict : outcome;
    }

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

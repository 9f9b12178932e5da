using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Registry.Privacy;
using Registry.Infrastructure.Cases;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// The <c>key|{scope}</c> rows of every subject (and of every case), with the <c>key|{scope}|{row ref}</c> keys of single rows:
/// crypto-shredding a scope (its key and every row key of it), re-wrapping all,
/// including the keys of sealed triage originals.
/// </summary>
public sealed partial class TableDataKeys(
    RegistryTables tables, BlobTriageBlobs triage, IRegistrySecrets secrets, ILogger<TableDataKeys> logger) : IDataKeys
{
    private const int MaxAttemptsPerKey = 5;
    private const int MaxBatch = 100;

    public async Task ShredAsync(SubjectId subject, DataScope scope, CancellationToken cancellationToken = default)
    {
        // The scope's key and the keys of its rows' own (one per order a returning customer placed without a partition read).
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {subject.Value} and RowKey ge {SubjectRows.DataKey(scope)} and RowKey lt {SubjectRows.DataKeyScopeEnd(scope)}");
        var rows = new List<string>();
        await foreach (var row in tables.Subjects.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            rows.Add(row.RowKey);
        }

        foreach (var batch in rows.Chunk(MaxBatch))
        {
            try
            {
                await tables.Subjects.SubmitTransactionAsync(
                    batch.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subject.Value, row), ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // Another run destroyed some of them meanwhile (or a key never made): the rest one by one.
                foreach (var row in batch)
                {
                    await DeleteIfThereAsync(subject, row, cancellationToken);
                }
            }
        }

        LogShredded(logger, subject.Value, scope);
    }

    private async Task DeleteIfThereAsync(SubjectId subject, string row, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Subjects.DeleteEntityAsync(subject.Value, row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already destroyed: the outcome the caller asked for.
        }
    }

    public async Task<RewrapReport> RewrapAllAsync(CancellationToken cancellationToken = default)
    {
        var keks = await secrets.GetKeyEncryptionKeysAsync(cancellationToken);
        var newest = keks[0];
        var tally = new Dictionary<KeyRewrap, int>();
        void Count(KeyRewrap outcome) => tally[outcome] = tally.GetValueOrDefault(outcome) + 1;
        var filter = TableClient.CreateQueryFilter($"RowKey ge {SubjectRows.DataKeyPrefix} and RowKey lt {SubjectRows.DataKeyEnd}");
        foreach (var table in new[] { tables.Subjects, tables.Cases })
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: DataKeyEntity.Columns, cancellationToken: cancellationToken))
            {
                Count(await RewrapAsync(table, row, keks, newest, cancellationToken));
            }
        }

        await triage.RewrapAllAsync(keks, Count, cancellationToken);
        var report = new RewrapReport(
            newest.Version, tally.Values.Sum(), tally.GetValueOrDefault(KeyRewrap.Rewrapped), tally.GetValueOrDefault(KeyRewrap.AlreadyCurrent),
            tally.GetValueOrDefault(KeyRewrap.Destroyed), tally.GetValueOrDefault(KeyRewrap.Failed));
        LogRewrapped(logger, report.NewestVersion, report.Examined, report.Rewrapped, report.AlreadyCurrent, report.Destroyed, report.Failed);
        return report;
    }

    private async Task<KeyRewrap> RewrapAsync(
        TableClient table, TableEntity row, IReadOnlyList<KeyEncryptionKey> keks, KeyEncryptionKey newest, CancellationToken cancellationToken)
    {
        var owner = new KeyOwner(row.PartitionKey);
        for (var attempt = 1; attempt <= MaxAttemptsPerKey; attempt++)
        {
            var wrapped = DataKeyEntity.FromEntity(row);
            if (wrapped.KekVersion == newest.Version)
            {
                return KeyRewrap.AlreadyCurrent;
            }

            if (DataKeyWrap.Unwrap(keks, owner, wrapped) is not DataKeyUnwrap.Unwrapped unwrapped)
            {
                LogUnwrapFailed(logger, owner.Value, wrapped.Scope, wrapped.KekVersion);
                return KeyRewrap.Failed;
            }

            var replacement = DataKeyEntity.ToEntity(owner, DataKeyWrap.Wrap(newest, owner, unwrapped.Key) with { RowRef = wrapped.RowRef });
            try
            {
                // Replace at the version read: a key destroyed meanwhile is never brought back.
                await table.UpdateEntityAsync(replacement, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return KeyRewrap.Rewrapped;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                var reread = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, DataKeyEntity.Columns, cancellationToken);
                if (!reread.HasValue)
                {
                    return KeyRewrap.Destroyed;
                }

                row = reread.Value!;
            }
        }

        return KeyRewrap.Failed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Destroyed the {Scope} data key of subject {SubjectId}")]
    private static partial void LogShredded(ILogger logger, string subjectId, DataScope scope);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Re-wrap to key-encryption key version {Version}: {Examined} keys, {Rewrapped} re-wrapped, {Current} already current, {Destroyed} destroyed meanwhile, {Failed} failed")]
    private static partial void LogRewrapped(ILogger logger, string version, int examined, int rewrapped, int current, int destroyed, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Scope} data key of {Owner} does not unwrap under key-encryption key version {Version}")]
    private static partial void LogUnwrapFailed(ILogger logger, string owner, DataScope scope, string version);
}

/// <summary>What re-wrapping one stored data key came to.</summary>
internal enum KeyRewrap
{
    Rewrapped,
    AlreadyCurrent,
    Destroyed,
    Failed,
}

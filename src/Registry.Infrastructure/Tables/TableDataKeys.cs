using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>The <c>key|{scope}</c> rows of every subject: crypto-shredding one, re-wrapping all.</summary>
public sealed partial class TableDataKeys(RegistryTables tables, IRegistrySecrets secrets, ILogger<TableDataKeys> logger) : IDataKeys
{
    private const int MaxAttemptsPerKey = 5;

    public async Task ShredAsync(SubjectId subject, DataScope scope, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Subjects.DeleteEntityAsync(subject.Value, SubjectRows.DataKey(scope), ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already destroyed (or never made): the outcome the caller asked for.
        }

        LogShredded(logger, subject.Value, scope);
    }

    public async Task<RewrapReport> RewrapAllAsync(CancellationToken cancellationToken = default)
    {
        var keks = await secrets.GetKeyEncryptionKeysAsync(cancellationToken);
        var newest = keks[0];
        int examined = 0, rewrapped = 0, current = 0, destroyed = 0, failed = 0;
        var filter = TableClient.CreateQueryFilter($"RowKey ge {SubjectRows.DataKeyPrefix} and RowKey lt {SubjectRows.DataKeyEnd}");
        await foreach (var row in tables.Subjects.QueryAsync<TableEntity>(filter, select: DataKeyEntity.Columns, cancellationToken: cancellationToken))
        {
            examined++;
            switch (await RewrapAsync(row, keks, newest, cancellationToken))
            {
                case KeyRewrap.Rewrapped: rewrapped++; break;
                case KeyRewrap.AlreadyCurrent: current++; break;
                case KeyRewrap.Destroyed: destroyed++; break;
                default: failed++; break;
            }
        }

        var report = new RewrapReport(newest.Version, examined, rewrapped, current, destroyed, failed);
        LogRewrapped(logger, report.NewestVersion, examined, rewrapped, current, destroyed, failed);
        return report;
    }

    private async Task<KeyRewrap> RewrapAsync(TableEntity row, IReadOnlyList<KeyEncryptionKey> keks, KeyEncryptionKey newest, CancellationToken cancellationToken)
    {
        var subject = SubjectId.Parse(row.PartitionKey);
        for (var attempt = 1; attempt <= MaxAttemptsPerKey; attempt++)
        {
            var wrapped = DataKeyEntity.FromEntity(row);
            if (wrapped.KekVersion == newest.Version)
            {
                return KeyRewrap.AlreadyCurrent;
            }

            if (DataKeyWrap.Unwrap(keks, subject, wrapped) is not DataKeyUnwrap.Unwrapped unwrapped)
            {
                LogUnwrapFailed(logger, subject.Value, wrapped.Scope, wrapped.KekVersion);
                return KeyRewrap.Failed;
            }

            var replacement = DataKeyEntity.ToEntity(subject, DataKeyWrap.Wrap(newest, subject, unwrapped.Key));
            try
            {
                // Replace at the version read: a key destroyed meanwhile is never brought back.
                await tables.Subjects.UpdateEntityAsync(replacement, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return KeyRewrap.Rewrapped;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                var reread = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, DataKeyEntity.Columns, cancellationToken);
                if (!reread.HasValue)
                {
                    return KeyRewrap.Destroyed;
                }

                row = reread.Value!;
            }
        }

        return KeyRewrap.Failed;
    }

    private enum KeyRewrap
    {
        Rewrapped,
        AlreadyCurrent,
        Destroyed,
        Failed,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Destroyed the {Scope} data key of subject {SubjectId}")]
    private static partial void LogShredded(ILogger logger, string subjectId, DataScope scope);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Re-wrap to key-encryption key version {Version}: {Examined} keys, {Rewrapped} re-wrapped, {Current} already current, {Destroyed} destroyed meanwhile, {Failed} failed")]
    private static partial void LogRewrapped(ILogger logger, string version, int examined, int rewrapped, int current, int destroyed, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Scope} data key of subject {SubjectId} does not unwrap under key-encryption key version {Version}")]
    private static partial void LogUnwrapFailed(ILogger logger, string subjectId, DataScope scope, string version);
}

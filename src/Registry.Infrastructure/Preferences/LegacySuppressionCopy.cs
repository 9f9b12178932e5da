using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Registry.Infrastructure.Tables;
using Registry.Preferences;

namespace Registry.Infrastructure.Preferences;

/// <summary>
/// Moves the suppression entries stored before issue 18 (the <c>Suppression</c> table: partition <c>email|{index}</c>,
/// row <c>direct_marketing</c>, <c>ObjectedAt</c>) into the e-mail's <c>Lookup</c> entry, where ingestion reads them.
/// Each row is copied (the later objection wins), then deleted at the version read, so a rerun after a crash copies what
/// is left and a start with nothing to move costs one query of an empty table. Runs at every host start.
/// </summary>
public sealed partial class LegacySuppressionCopy(RegistryTables tables, ISuppressionList suppression, ILogger<LegacySuppressionCopy> logger)
{
    private const string KeyPrefix = "email|";

    public async Task<int> MoveAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await MoveRowsAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404 && e.ErrorCode == "TableNotFound")
        {
            // No Suppression table: nothing was stored before (or its storage is not provisioned; health reports that).
            return 0;
        }
    }

    private async Task<int> MoveRowsAsync(CancellationToken cancellationToken)
    {
        var moved = 0;
        await foreach (var row in tables.Suppression.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "ObjectedAt"], cancellationToken: cancellationToken))
        {
            if (!row.PartitionKey.StartsWith(KeyPrefix, StringComparison.Ordinal) || row.GetDateTimeOffset("ObjectedAt") is not { } objectedAt)
            {
                continue;
            }

            await suppression.AddAsync(row.PartitionKey[KeyPrefix.Length..], objectedAt, cancellationToken);
            try
            {
                await tables.Suppression.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Gone, or a newer objection written by an older instance: the next start copies it.
            }

            moved++;
        }

        if (moved > 0)
        {
            LogMoved(logger, moved);
        }

        return moved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} suppression entries from the Suppression table into Lookup")]
    private static partial void LogMoved(ILogger logger, int count);
}

using Azure;
using Azure.Data.Tables;

namespace Registry.Infrastructure.Retention;

/// <summary>Reading a partition's rows and deleting rows in entity-group batches, tolerant of rows already gone.</summary>
internal static class TableRows
{
    private const int BatchSize = 100;

    public static async Task<List<TableEntity>> PartitionAsync(TableClient table, string partitionKey, IEnumerable<string> select, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", .. select], cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Deletes rows of one partition in batches of 100, in the order given; a batch that fails because a row is
    /// already gone (an overlapping or repeated run) is done row by row, where a missing row is no error.
    /// </summary>
    public static async Task DeleteAsync(TableClient table, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(r.PartitionKey, r.RowKey), ETag.All)),
                    cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                foreach (var row in batch)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }
    }
}

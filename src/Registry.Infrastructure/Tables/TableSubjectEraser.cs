using Azure;
using Azure.Data.Tables;
using Registry.Erasure;
using Registry.Orders.Storage;
using Registry.Privacy.Encryption;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Erasure on Table Storage: lookups first (only those still pointing at this person), then the data keys
/// (crypto-shredding every copy), then the rows, in entity-group batches of up to 100.
/// </summary>
public sealed class TableSubjectEraser(RegistryTables tables, IDataKeys keys) : ISubjectEraser
{
    private const int BatchSize = 100;

    /// <summary>Each retry follows an order that committed meanwhile; past this many the erasure fails and is run again.</summary>
    private const int MaxFenceAttempts = 20;

    /// <summary>Including the contact snapshots and their keys, which returning customers' orders appended (issue 18).</summary>
    private static readonly string[] ProfileScopeRows =
        [SubjectRows.Profile, SubjectRows.SnapshotPrefix, SubjectRows.RowDataKey(DataScope.Profile, ""), SubjectRows.PreferencePrefix,
            SubjectRows.PreferenceEventPrefix, SubjectRows.DisclosurePrefix, AnonymousRecordRows.Prefix];

    public async Task EraseProfileAsync(SubjectData data, string? emailIndex, CancellationToken cancellationToken = default)
    {
        await ForgetEmailAsync(data.Subject, emailIndex, cancellationToken);
        await keys.ShredAsync(data.Subject, DataScope.Profile, cancellationToken);
        await DeleteRowsAsync(data.Subject, row => ProfileScopeRows.Any(p => row == p || (p.EndsWith('|') && row.StartsWith(p, StringComparison.Ordinal))), cancellationToken);
    }

    public async Task EraseOrdersAsync(SubjectData data, IReadOnlyList<StoredOrder> orders, CancellationToken cancellationToken = default)
    {
        if (orders.Count == 0)
        {
            return;
        }

        foreach (var order in orders)
        {
            await DeleteClaimAsync(data.Subject, order, cancellationToken);
        }

        if (!await DeleteRowsAsReadAsync(data, orders, cancellationToken))
        {
            var rows = orders.SelectMany(o => new[] { SubjectRows.Order(o.Ref), $"{SubjectRows.BillingPrefix}{o.Ref}|", OwnKey(o) }).ToList();
            await DeleteRowsAsync(data.Subject, row => rows.Any(r => row == r || (r.EndsWith('|') && row.StartsWith(r, StringComparison.Ordinal))), cancellationToken);
        }
    }

    public async Task EraseAllAsync(SubjectData data, string? emailIndex, CancellationToken cancellationToken = default)
    {
        await ForgetEmailAsync(data.Subject, emailIndex, cancellationToken);
        foreach (var order in data.Orders)
        {
            await DeleteClaimAsync(data.Subject, order, cancellationToken);
        }

        await keys.ShredAsync(data.Subject, DataScope.Profile, cancellationToken);
        await keys.ShredAsync(data.Subject, DataScope.Accounting, cancellationToken);
        await DeleteRowsAsync(data.Subject, _ => true, cancellationToken);
    }

    public Task MarkErasedAsync(SubjectId subject, ErasureMark mark, CancellationToken cancellationToken = default) =>
        tables.Subjects.UpsertEntityAsync(SubjectStatusEntity.Erased(subject, mark), TableUpdateMode.Replace, cancellationToken);

    private async Task ForgetEmailAsync(SubjectId subject, string? emailIndex, CancellationToken cancellationToken)
    {
        if (emailIndex is not null)
        {
            // The entry goes, or keeps only its suppression: an objection outlives the person (docs/erasure.md).
            await TableSubjectLookup.ReleaseAsync(tables, TableSubjectLookup.Key(emailIndex), subject, cancellationToken);
        }
    }

    /// <summary>
    /// The order's claim, only while it names this person: at the version the order row kept (a claim re-pointed at
    /// someone else after a crash has another version, and the delete fails with 412), else read first.
    /// </summary>
    private async Task DeleteClaimAsync(SubjectId subject, StoredOrder order, CancellationToken cancellationToken)
    {
        var key = TableOrderClaims.Key(order.Client, order.OrderId);
        if (order.ClaimETag is { } version)
        {
            await Tolerant(tables.Lookup.DeleteEntityAsync(key, TableOrderClaims.Row, new ETag(version), cancellationToken));
            return;
        }

        await DeleteLookupAsync(key, TableOrderClaims.Row, subject, cancellationToken);
    }

    /// <summary>
    /// The orders' rows by the keys the read saw, with no query: each order row at the version read, with its billing
    /// rows in the same batch. A billing change since the read merged the order row at its own version, so the batch
    /// fails (412) instead of leaving that change's new history row behind; false sends the caller to the query.
    /// </summary>
    private async Task<bool> DeleteRowsAsReadAsync(SubjectData data, IReadOnlyList<StoredOrder> orders, CancellationToken cancellationToken)
    {
        if (orders.Any(o => o.Version is null))
        {
            return false;
        }

        var subject = data.Subject.Value;
        var groups = orders.Select(o => data.BillingHistory.Where(b => b.Order == o.Ref)
                .Select(b => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subject, BillingRow(b)), ETag.All))
                .Prepend(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subject, SubjectRows.Order(o.Ref)), new ETag(o.Version!)))
                .Concat(o.HasOwnKey ? [new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(subject, OwnKey(o)), ETag.All)] : [])
                .ToList())
            .ToList();
        if (groups.Any(g => g.Count > BatchSize))
        {
            return false;
        }

        var batch = new List<TableTransactionAction>();
        foreach (var group in groups)
        {
            if (batch.Count + group.Count > BatchSize)
            {
                if (!await TrySubmitAsync(batch, cancellationToken))
                {
                    return false;
                }

                batch = [];
            }

            batch.AddRange(group);
        }

        return await TrySubmitAsync(batch, cancellationToken);
    }

    private async Task<bool> TrySubmitAsync(IReadOnlyList<TableTransactionAction> batch, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Subjects.SubmitTransactionAsync(batch, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>The key an order's values are sealed under when it has one of its own: destroyed with the order.</summary>
    private static string OwnKey(StoredOrder order) => SubjectRows.RowDataKey(DataScope.Accounting, order.Ref.Value);

    private static string BillingRow(BillingHistoryEntry entry) =>
        SubjectRows.Billing(entry.Order, $"{OrderEntity.Date(entry.Date)}|{entry.Status.ToWire()}");

    /// <summary>Deletes a lookup row if it still points at <paramref name="subject"/>: a newer person may own the key by now.</summary>
    private async Task DeleteLookupAsync(string partition, string row, SubjectId subject, CancellationToken cancellationToken)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(partition, row, ["SubjectId"], cancellationToken);
        if (found.HasValue && found.Value!.GetString("SubjectId") == subject.Value)
        {
            await Tolerant(tables.Lookup.DeleteEntityAsync(partition, row, found.Value.ETag, cancellationToken));
        }
    }

    /// <summary>
    /// Deletes the rows <paramref name="which"/> picks. The profile row goes first, at the version the query saw: a returning
    /// customer's order appends without reading but requires the profile and moves its version on, so one that committed
    /// after the query fails this delete (the rows are queried again), and one after it fails and takes the reading path.
    /// Nothing it appended is left behind.
    /// </summary>
    private async Task DeleteRowsAsync(SubjectId subject, Func<string, bool> which, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxFenceAttempts; attempt++)
        {
            var doomed = new List<TableEntity>();
            await foreach (var row in tables.Subjects.QueryAsync<TableEntity>(e => e.PartitionKey == subject.Value, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                if (which(row.RowKey))
                {
                    doomed.Add(row);
                }
            }

            var ordered = doomed.OrderBy(r => r.RowKey == SubjectRows.Profile ? 0 : 1).ToList();
            if (await DeleteAsync(subject, ordered, cancellationToken))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The profile of {subject.Value} kept changing while it was being erased; the erasure will be retried.");
    }

    /// <summary>False when the profile changed since the query (the caller queries again).</summary>
    private async Task<bool> DeleteAsync(SubjectId subject, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            try
            {
                await tables.Subjects.SubmitTransactionAsync(
                    batch.Select(row => new TableTransactionAction(
                        TableTransactionActionType.Delete, new TableEntity(subject.Value, row.RowKey), row.RowKey == SubjectRows.Profile ? row.ETag : ETag.All)),
                    cancellationToken);
            }
            catch (TableTransactionFailedException e) when (e.Status == 412)
            {
                return false;
            }
            catch (TableTransactionFailedException e) when (e.Status == 404)
            {
                // Another run deleted some of them meanwhile: delete the rest one by one.
                foreach (var row in batch)
                {
                    if (row.RowKey != SubjectRows.Profile)
                    {
                        await Tolerant(tables.Subjects.DeleteEntityAsync(subject.Value, row.RowKey, ETag.All, cancellationToken));
                    }
                    else if (!await Fenced(tables.Subjects.DeleteEntityAsync(subject.Value, row.RowKey, row.ETag, cancellationToken)))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>True when the profile row is gone (deleted now or before), false when it changed since it was read.</summary>
    private static async Task<bool> Fenced(Task<Response> delete)
    {
        try
        {
            await delete;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return e.Status == 404;
        }
    }

    private static async Task Tolerant(Task<Response> delete)
    {
        try
        {
            await delete;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or re-pointed at someone else meanwhile: either way not ours to delete.
        }
    }
}

using Azure.Data.Tables;
using Azure;
using Registry.Orders.Billing;
using Registry.Orders;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>An order's billing status on its row, and its history as <c>billing|{ref}|{date}|{status}</c> rows.</summary>
public sealed class TableBillingRecords(RegistryTables tables, TableSubjectPartitions partitions) : IBillingRecords
{
    private static readonly string[] StatusColumns = ["InvoiceStatus", "InvoiceStatusDate"];

    public async Task<BillingState?> ReadAsync(SubjectId subject, OrderRef order, CancellationToken cancellationToken = default)
    {
        var found = await tables.Subjects.GetEntityIfExistsAsync<TableEntity>(subject.Value, SubjectRows.Order(order), StatusColumns, cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var entity = found.Value!;
        return new BillingState(
            Stored.Parse<InvoiceStatus>(entity.GetString("InvoiceStatus"), WireName<InvoiceStatus>.TryParse),
            OrderEntity.ParseDate(entity.GetString("InvoiceStatusDate")),
            entity.ETag.ToString());
    }

    /// <summary>One row per distinct change; adding the same change twice fails, which is how a repeat is recognised.</summary>
    internal static TableEntity HistoryRow(SubjectId subject, OrderRef order, BillingChange change)
    {
        var date = OrderEntity.Date(change.Date);
        return new TableEntity(subject.Value, SubjectRows.Billing(order, $"{date}|{change.Status.ToWire()}"))
        {
            ["InvoiceStatus"] = change.Status.ToWire(),
            ["InvoiceStatusDate"] = date,
        };
    }

    /// <summary>Reads a history row back; its key names the order: <c>billing|{ref}|{date}|{status}</c>.</summary>
    internal static BillingHistoryEntry FromHistoryRow(TableEntity row) => new(
        OrderRef.Parse(row.RowKey.Split('|')[1]),
        Stored.Parse<InvoiceStatus>(row.GetString("InvoiceStatus"), WireName<InvoiceStatus>.TryParse),
        OrderEntity.ParseDate(row.GetString("InvoiceStatusDate")) ?? DateOnly.MinValue);

    public Task<CommitOutcome> CommitAsync(
        SubjectId subject, OrderRef order, BillingState state, BillingChange change, bool becomesCurrent, CancellationToken cancellationToken = default)
    {
        var date = OrderEntity.Date(change.Date);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, HistoryRow(subject, order, change)) };
        var row = new TableEntity(subject.Value, SubjectRows.Order(order))
        {
            ["InvoiceStatus"] = becomesCurrent ? change.Status.ToWire() : state.Status.ToWire(),
            ["InvoiceStatusDate"] = becomesCurrent ? date : OrderEntity.Date(state.StatusDate),
        };

        // Merge touches only the status columns; the version check still fails if the order changed meanwhile.
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, row, new ETag(state.ETag)));
        return partitions.SubmitAsync(actions, cancellationToken);
    }
}

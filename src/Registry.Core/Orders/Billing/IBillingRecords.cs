using Registry.Subjects;

namespace Registry.Orders.Billing;

/// <summary>An order's billing state and history, in its subject's partition.</summary>
public interface IBillingRecords
{
    /// <summary>The current status of a stored order with its version; null when the order is not stored.</summary>
    Task<BillingState?> ReadAsync(SubjectId subject, OrderRef order, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: appends <paramref name="change"/> to the history and, when <paramref name="becomesCurrent"/>,
    /// sets it as the order's status (if the order is still at <paramref name="state"/>'s version).
    /// </summary>
    Task<CommitOutcome> CommitAsync(SubjectId subject, OrderRef order, BillingState state, BillingChange change, bool becomesCurrent, CancellationToken cancellationToken = default);
}

/// <summary>The status an order's invoice has now, the date it took effect, and the row's version.</summary>
public sealed record BillingState(InvoiceStatus Status, DateOnly? StatusDate, string ETag);

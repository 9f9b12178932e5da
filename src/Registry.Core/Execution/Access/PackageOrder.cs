using Registry.Orders.Storage;

namespace Registry.Execution.Access;

/// <summary>
/// An order as the register keeps it for the accounts, kept until <paramref name="RetainedUntil"/>. Once the
/// accounting key is destroyed (<paramref name="Erased"/>) only the figures remain: bill-to, invoice number and
/// line texts read as null.
/// </summary>
public sealed record PackageOrder(
    string OrderRef,
    string Client,
    string OrderId,
    string Channel,
    DateTimeOffset PlacedAt,
    BillTo? BillTo,
    PackageBilling Billing,
    IReadOnlyList<StoredLine> Lines,
    string Currency,
    decimal Total,
    DateOnly RetainedUntil,
    bool Erased);

/// <summary>How the order is paid and where its invoice stands (<c>open</c>, <c>paid</c>, <c>in_collection</c>).</summary>
public sealed record PackageBilling(string PaymentMethod, string? InvoiceNumber, string Status, DateOnly? DueDate);

/// <summary>One change of an order's invoice status, as the invoicing service reported it.</summary>
public sealed record PackageBillingChange(string OrderRef, string Status, DateOnly Date);

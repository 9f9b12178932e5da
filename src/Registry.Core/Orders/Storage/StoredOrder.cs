using Registry.Clients;
using Registry.Orders.Ingest;
using Registry.Privacy.Classification;

namespace Registry.Orders.Storage;

/// <summary>
/// An order as the register keeps it: the accounting record (lines, sums, billing and the bill-to party
/// as invoiced) in the subject's partition, kept until <paramref name="RetainedUntil"/>.
/// </summary>
public sealed record StoredOrder(
    OrderRef Ref,
    ClientId Client,
    ClientOrderId OrderId,
    SalesChannel Channel,
    DateTimeOffset PlacedAt,
    BillTo BillTo,
    BillingDetails Billing,
    IReadOnlyList<OrderLine> Lines,
    string Currency,
    decimal Total,
    DateOnly RetainedUntil,
    string ContentHash);

/// <summary>Who the order was invoiced to: part of the accounting voucher, so it lives in the accounting scope.</summary>
[PersonalData]
public sealed record BillTo(string FirstName, string LastName, Organisation? Organisation, PostalAddress Address);

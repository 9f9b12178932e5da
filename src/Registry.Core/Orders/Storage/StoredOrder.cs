using Registry.Clients;
using Registry.Orders.Ingest;
using Registry.Privacy.Classification;

namespace Registry.Orders.Storage;

/// <summary>
/// An order as the register keeps it: the accounting record (lines, sums, billing and the bill-to party
/// as invoiced) in the subject's partition, kept until <paramref name="RetainedUntil"/>.
/// Its personal part (<paramref name="BillTo"/>, the invoice number, the line texts) is sealed with the
/// subject's accounting key; once that key is destroyed they read as null, while the figures stay for the accounts.
/// </summary>
public sealed record StoredOrder(
    OrderRef Ref,
    ClientId Client,
    ClientOrderId OrderId,
    SalesChannel Channel,
    DateTimeOffset PlacedAt,
    BillTo? BillTo,
    BillingDetails Billing,
    IReadOnlyList<StoredLine> Lines,
    string Currency,
    decimal Total,
    DateOnly RetainedUntil,
    string ContentHash)
{
    /// <summary>True when the accounting key is gone and only the non-personal figures remain.</summary>
    public bool IsErased => BillTo is null;

    /// <summary>The version of the order's (client, order id) claim that named this order; null for orders stored before it was kept.</summary>
    public string? ClaimETag { get; init; }

    /// <summary>The order row's version as read; null when not read from storage.</summary>
    public string? Version { get; init; }

    /// <summary>True when the order's values are sealed under a key of its own (a returning customer's order, issue 18): erasing the order destroys it too.</summary>
    public bool HasOwnKey { get; init; }
}

/// <summary>Who the order was invoiced to: part of the accounting voucher, so it lives in the accounting scope.</summary>
[PersonalData]
public sealed record BillTo(string FirstName, string LastName, Organisation? Organisation, PostalAddress Address);

/// <summary>An order line as kept: the figures, and the free text (null once erased).</summary>
public sealed record StoredLine(string Sku, [property: PersonalData] string? Description, int Quantity, decimal UnitPrice, decimal VatRate)
{
    public static StoredLine From(OrderLine line) => new(line.Sku, line.Description, line.Quantity, line.UnitPrice, line.VatRate);
}

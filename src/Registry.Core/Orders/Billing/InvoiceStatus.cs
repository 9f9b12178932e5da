namespace Registry.Orders.Billing;

/// <summary>Where an order's invoice stands. Open invoices and debt collection hold an erasure [S4-erasure].</summary>
public enum InvoiceStatus
{
    Open,
    Paid,
    InCollection,
}

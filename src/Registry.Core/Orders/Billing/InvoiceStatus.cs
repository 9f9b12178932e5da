namespace Registry.Orders.Billing;

/// <summary>Where an order's invoice stands. Open invoices and debt collection hold an erasure [S4-erasure].</summary>
public enum InvoiceStatus
{
    Open,
    Paid,
    InCollection,
}

public static class InvoiceStatuses
{
    public static bool TryParse(string? text, out InvoiceStatus status)
    {
        switch (text)
        {
            case "open": status = InvoiceStatus.Open; return true;
            case "paid": status = InvoiceStatus.Paid; return true;
            case "in_collection": status = InvoiceStatus.InCollection; return true;
            default: status = default; return false;
        }
    }

    public static string ToWire(this InvoiceStatus status) => status switch
    {
        InvoiceStatus.Open => "open",
        InvoiceStatus.Paid => "paid",
        InvoiceStatus.InCollection => "in_collection",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

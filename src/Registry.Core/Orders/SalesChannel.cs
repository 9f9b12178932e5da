namespace Registry.Orders;

/// <summary>Where an order was placed [S3]: the web shop, a store, or a reseller.</summary>
public enum SalesChannel
{
    Webshop,
    Store,
    Reseller,
}

public static class SalesChannels
{
    public static bool TryParse(string? text, out SalesChannel channel)
    {
        switch (text)
        {
            case "webshop": channel = SalesChannel.Webshop; return true;
            case "store": channel = SalesChannel.Store; return true;
            case "reseller": channel = SalesChannel.Reseller; return true;
            default: channel = default; return false;
        }
    }

    public static string ToWire(this SalesChannel channel) => channel switch
    {
        SalesChannel.Webshop => "webshop",
        SalesChannel.Store => "store",
        SalesChannel.Reseller => "reseller",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };
}

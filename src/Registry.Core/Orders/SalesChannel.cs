namespace Registry.Orders;

/// <summary>Where an order was placed [S3]: the web shop, a store, or a reseller.</summary>
public enum SalesChannel
{
    Webshop,
    Store,
    Reseller,
}

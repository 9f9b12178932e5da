using Azure;
using Azure.Data.Tables;
using Registry.Clients;
using Registry.Orders;
using Registry.Orders.Storage;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>(client, order id) → subject and order reference, one partition per order so writes spread.</summary>
public sealed class TableOrderClaims(RegistryTables tables) : IOrderClaims
{
    internal const string Row = "claim";

    public async Task<ClaimResult> TryClaimAsync(OrderClaim claim, CancellationToken cancellationToken = default)
    {
        try
        {
            var added = await tables.Lookup.AddEntityAsync(ToEntity(claim), cancellationToken);
            return new ClaimResult(claim with { ETag = added.Headers.ETag?.ToString() }, null);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await tables.Lookup.GetEntityAsync<TableEntity>(Key(claim.Client, claim.OrderId), Row, cancellationToken: cancellationToken);
            var etag = existing.Value.ETag.ToString();
            return new ClaimResult(null, new ExistingClaim(FromEntity(existing.Value) with { ETag = etag }, etag));
        }
    }

    public async Task<OrderClaim?> TryTakeOverAsync(OrderClaim claim, string etag, CancellationToken cancellationToken = default)
    {
        try
        {
            var replaced = await tables.Lookup.UpdateEntityAsync(ToEntity(claim), new ETag(etag), TableUpdateMode.Replace, cancellationToken);
            return claim with { ETag = replaced.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return null;
        }
    }

    public async Task<OrderClaim?> FindAsync(ClientId client, ClientOrderId orderId, CancellationToken cancellationToken = default)
    {
        var found = await tables.Lookup.GetEntityIfExistsAsync<TableEntity>(Key(client, orderId), Row, cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    internal static string Key(ClientId client, ClientOrderId orderId) => $"order|{client}|{orderId}";

    private static TableEntity ToEntity(OrderClaim claim) => new(Key(claim.Client, claim.OrderId), Row)
    {
        ["ClientId"] = claim.Client.Value,
        ["ClientOrderId"] = claim.OrderId.Value,
        ["SubjectId"] = claim.Subject.Value,
        ["OrderRef"] = claim.OrderRef.Value,
        ["ContentHash"] = claim.ContentHash,
        ["ClaimedAt"] = claim.ClaimedAt,
    };

    private static OrderClaim FromEntity(TableEntity entity)
    {
        return new OrderClaim(
            ClientId.Parse(entity.GetString("ClientId")),
            Stored.Parse<ClientOrderId>(entity.GetString("ClientOrderId"), ClientOrderId.TryParse),
            SubjectId.Parse(entity.GetString("SubjectId")),
            OrderRef.Parse(entity.GetString("OrderRef")),
            entity.GetString("ContentHash"),
            entity.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue);
    }
}

using Registry.Clients;

namespace Registry.Orders.Storage;

/// <summary>The (client, order id) lookup table.</summary>
public interface IOrderClaims
{
    /// <summary>Inserts the claim; returns it at its stored version when it was inserted, else the claim already there.</summary>
    Task<ClaimResult> TryClaimAsync(OrderClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Replaces a claim that never led to a stored order; returns it at its new version, or null when it changed meanwhile.</summary>
    Task<OrderClaim?> TryTakeOverAsync(OrderClaim claim, string etag, CancellationToken cancellationToken = default);

    Task<OrderClaim?> FindAsync(ClientId client, ClientOrderId orderId, CancellationToken cancellationToken = default);
}

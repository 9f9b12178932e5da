using Registry.Clients;
using Registry.Subjects;

namespace Registry.Orders.Storage;

/// <summary>
/// The (client, order id) lookup: which subject and order reference an order was stored under, and
/// a hash of its content so a retry can be told from a different order that reuses the id.
/// </summary>
public sealed record OrderClaim(
    ClientId Client,
    ClientOrderId OrderId,
    SubjectId Subject,
    OrderRef OrderRef,
    string ContentHash,
    DateTimeOffset ClaimedAt)
{
    /// <summary>
    /// The claim row's version as this attempt wrote or found it. The order row keeps it, so the purge can delete
    /// exactly that version without reading the claim first: a claim re-pointed at another person has another version.
    /// </summary>
    public string? ETag { get; init; }
}

/// <summary>What inserting a claim gave: this claim at its stored version, or the claim that was already there.</summary>
public sealed record ClaimResult(OrderClaim? Inserted, ExistingClaim? Existing);

/// <summary>A claim that was already there, with the version it must match to be taken over.</summary>
public sealed record ExistingClaim(OrderClaim Claim, string ETag);

using System.Text.Json;
using Registry.Clients;

namespace Registry.Orders.Ingest;

/// <summary>
/// What an order says after validation (unknown fields and formatting already gone), as bytes, so a retry
/// of the same order is recognised and a different order reusing its id is refused. The stored fingerprint
/// is a keyed hash of these bytes (<see cref="Privacy.IBlindIndex.ForOrderContentAsync"/>): a plain hash of
/// personal data could be confirmed by anyone who guesses the order.
/// </summary>
public static class OrderContentHash
{
    public static byte[] Canonical(ClientId client, ValidatedOrder order) =>
        JsonSerializer.SerializeToUtf8Bytes(new { client = client.Value, order });
}

using System.Security.Cryptography;
using System.Text.Json;
using Registry.Clients;

namespace Registry.Orders.Ingest;

/// <summary>
/// A fingerprint of what an order says after validation (unknown fields and formatting already gone),
/// so a retry of the same order is recognised and a different order reusing its id is refused.
/// </summary>
public static class OrderContentHash
{
    public static string Compute(ClientId client, ValidatedOrder order)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new { client = client.Value, order });
        return Convert.ToBase64String(SHA256.HashData(canonical));
    }
}

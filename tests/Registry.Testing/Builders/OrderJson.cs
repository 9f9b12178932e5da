using System.Globalization;
using System.Text.Json.Nodes;

namespace Registry.Testing.Builders;

/// <summary>
/// Contract-v1 order bodies as JSON, so tests can change, remove or add any field (unknown ones too)
/// exactly as a web shop would send them.
/// </summary>
public static class OrderJson
{
    public static JsonObject Valid(string? orderId = null, string? email = null, DateTimeOffset? placedAt = null, string channel = "webshop") => new()
    {
        ["orderId"] = orderId ?? $"WS-{Guid.NewGuid():N}"[..20],
        ["channel"] = channel,
        ["placedAt"] = (placedAt ?? new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(2))).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        ["customer"] = new JsonObject
        {
            ["firstName"] = "Maija",
            ["lastName"] = "Meikäläinen",
            ["organisation"] = new JsonObject { ["name"] = "Kehys ja Kuva Oy", ["businessId"] = "2537284-7" },
            ["email"] = email ?? $"maija.{Guid.NewGuid():N}@example.fi",
            ["phone"] = "040 123 4567",
            ["address"] = new JsonObject { ["street"] = "Pariisinkatu 4", ["postalCode"] = "00550", ["city"] = "Helsinki", ["country"] = "FI" },
        },
        ["billing"] = new JsonObject
        {
            ["paymentMethod"] = "invoice",
            ["invoiceNumber"] = "INV-2026-1001",
            ["invoiceStatus"] = "open",
            ["dueDate"] = "2026-12-04",
        },
        ["lines"] = new JsonArray
        {
            new JsonObject { ["sku"] = "FR-30x40-OAK", ["description"] = "Oak frame 30×40", ["quantity"] = 2, ["unitPrice"] = 49.90m, ["vatRate"] = 25.5m },
            new JsonObject { ["sku"] = "GLASS-AR", ["description"] = "Anti-reflective glass", ["quantity"] = 1, ["unitPrice"] = 19.00m, ["vatRate"] = 25.5m },
        },
        ["currency"] = "EUR",
        ["total"] = 118.80m,
        ["preferences"] = new JsonArray
        {
            new JsonObject { ["purpose"] = "direct_marketing", ["state"] = "consented", ["evidence"] = "checkout-newsletter-v3" },
        },
    };
}

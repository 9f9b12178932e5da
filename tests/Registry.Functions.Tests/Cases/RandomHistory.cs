using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Cases;

/// <summary>
/// Writes a random history for one person through the public client endpoints (orders with several lines, addresses
/// and phones; billing changes; preference changes) and remembers every value the register keeps, so a test can look
/// for each in an export. Every random value carries the person's own marker, so two people's values never coincide.
/// </summary>
internal sealed class RandomHistory(RegistryApp app, Random random, string marker)
{
    private static readonly string[] FirstNames = ["Aino", "Eino", "Helmi", "Väinö", "Siiri", "Onni"];
    private static readonly string[] Streets = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Satamakatu"];
    private static readonly string[] Cities = ["Helsinki", "Tampere", "Turku", "Oulu"];
    private static readonly string[] Purposes = ["direct_advertising", "distance_selling", "market_research", "targeted_content", "publication"];

    public string Email { get; } = $"{marker}.{Guid.NewGuid():N}@example.fi";

    public string? SubjectId { get; private set; }

    /// <summary>Values the register keeps and an access package must therefore contain.</summary>
    public List<string> Kept { get; } = [];

    /// <summary>Values that only this person has: none may appear in anybody else's package.</summary>
    public List<string> Own { get; } = [];

    public List<string> OrderIds { get; } = [];

    public async Task WriteAsync(int orders, int preferenceChanges)
    {
        var now = DateTimeOffset.UtcNow;
        string? latestPhone = null;
        for (var i = 0; i < orders; i++)
        {
            // Placed in time order, so the last order's contact values are the profile's.
            var order = Order(now.AddDays(-40 + (i * 7)).AddMinutes(random.Next(600)), out var phone);
            var answer = await ExpectAsync(HttpStatusCode.Created, app.PostOrderAsync(order));
            SubjectId ??= answer["subjectId"]!.GetValue<string>();
            Assert.Equal(SubjectId, answer["subjectId"]!.GetValue<string>());
            Kept.Add(answer["orderRef"]!.GetValue<string>());
            latestPhone = phone;
        }

        // An earlier phone is replaced in the profile and kept nowhere else (orders keep no phone), so only the last one is held.
        Kept.Add(latestPhone!);
        Kept.AddRange([Email, SubjectId!]);
        foreach (var orderId in OrderIds.Where((_, i) => i % 2 == 0))
        {
            var status = random.Next(2) == 0 ? "paid" : "in_collection";
            var date = now.AddDays(-random.Next(1, 5)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await ExpectAsync(HttpStatusCode.OK, app.SendSignedAsync(HttpMethod.Put, $"/api/orders/{orderId}/billing",
                new JsonObject { ["orderId"] = orderId, ["status"] = status, ["date"] = date }.ToJsonString()));
            Kept.Add(date);
        }

        var events = new JsonArray();
        for (var i = 0; i < preferenceChanges; i++)
        {
            var id = $"{marker}-pref-{i}-{random.Next(100000)}";
            events.Add(new JsonObject
            {
                ["eventId"] = id,
                ["purpose"] = Purposes[random.Next(Purposes.Length)],
                ["state"] = random.Next(2) == 0 ? "consented" : "objected",
                ["occurredAt"] = now.AddHours(-random.Next(1, 200)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["channel"] = "preference_page",
                ["evidence"] = $"{marker}-evidence-{i}",
            });
            // The register keeps an event id under the client that sent it, so one client cannot replay another's.
            Kept.AddRange([$"webshop:{id}", $"{marker}-evidence-{i}"]);
        }

        await ExpectAsync(HttpStatusCode.OK, app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{SubjectId}/preferences", new JsonObject { ["subjectId"] = SubjectId, ["events"] = events }.ToJsonString()));
        Own.AddRange(Kept.Where(v => v.Contains(marker, StringComparison.OrdinalIgnoreCase) || v.StartsWith("sub_", StringComparison.Ordinal) || v.StartsWith("ord_", StringComparison.Ordinal)));
    }

    private JsonObject Order(DateTimeOffset placedAt, out string phone)
    {
        var orderId = $"WS-{marker}-{random.Next(1_000_000):D6}";
        var order = OrderJson.Valid(orderId: orderId, email: Email, placedAt: placedAt);
        var customer = order["customer"]!;
        phone = $"+35840{random.Next(1_000_000, 9_999_999)}";
        var values = new Dictionary<string, string>
        {
            ["firstName"] = $"{FirstNames[random.Next(FirstNames.Length)]}{marker}",
            ["lastName"] = $"Sukunimi{marker}{random.Next(1000)}",
            ["organisation"] = $"Kehystämö {marker} {random.Next(1000)} Oy",
            ["street"] = $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 99)} {marker}",
            ["postalCode"] = $"{random.Next(0, 99999):D5}",
            ["city"] = $"{Cities[random.Next(Cities.Length)]}-{marker}",
            ["invoiceNumber"] = $"INV-{marker}-{random.Next(1_000_000)}",
        };
        customer["firstName"] = values["firstName"];
        customer["lastName"] = values["lastName"];
        customer["phone"] = phone;
        customer["organisation"]!["name"] = values["organisation"];
        customer["address"]!["street"] = values["street"];
        customer["address"]!["postalCode"] = values["postalCode"];
        customer["address"]!["city"] = values["city"];
        order["billing"]!["invoiceNumber"] = values["invoiceNumber"];
        var lines = new JsonArray();
        var total = 0m;
        for (var i = 0; i < random.Next(2, 5); i++)
        {
            var description = $"Kehys {marker} {random.Next(100000)} × {i}";
            var price = random.Next(100, 20000) / 100m;
            var quantity = random.Next(1, 4);
            lines.Add(new JsonObject { ["sku"] = $"SKU-{random.Next(1000)}", ["description"] = description, ["quantity"] = quantity, ["unitPrice"] = price, ["vatRate"] = 25.5m });
            total += price * quantity;
            Kept.Add(description);
        }

        order["lines"] = lines;
        order["total"] = total;
        order.Remove("preferences");
        OrderIds.Add(orderId);
        Kept.Add(orderId);

        // The postal code is five random digits: too likely to meet another person's to count as this person's own.
        Kept.AddRange(values.Values);
        Own.AddRange(values.Where(v => v.Key != "postalCode").Select(v => v.Value).Append(phone));
        return order;
    }

    private static async Task<JsonObject> ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return (JsonNode.Parse(body) as JsonObject) ?? [];
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Orders;

[Collection(AzuriteCollection.Name)]
public class BillingApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Put_StatusChanges_KeepsHistoryAndLatestDateWins()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-B1"));

        var collection = await PutAsync(app, "WS-B1", "in_collection", "2026-11-21");
        var paid = await PutAsync(app, "WS-B1", "paid", "2026-11-23");
        var lateOpen = await PutAsync(app, "WS-B1", "open", "2026-11-19"); // older news arriving late

        Assert.Equal("in_collection", collection["status"]!.GetValue<string>());
        Assert.Equal("paid", paid["status"]!.GetValue<string>());
        Assert.Equal("paid", lateOpen["status"]!.GetValue<string>());
        var rows = await app.ScanAsync(app.Names.SubjectsTable);
        Assert.Equal(4, rows.Count(r => r.RowKey.StartsWith("billing|", StringComparison.Ordinal))); // the order's own "open" and three changes
        Assert.Equal("paid", rows.Single(r => r.RowKey.StartsWith("order|", StringComparison.Ordinal)).GetString("InvoiceStatus"));
    }

    [Fact]
    public async Task Put_SameChangeTwice_RecordsItOnce()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-B2"));

        await PutAsync(app, "WS-B2", "paid", "2026-11-22");
        var again = await PutAsync(app, "WS-B2", "paid", "2026-11-22");

        Assert.Equal("paid", again["status"]!.GetValue<string>());
        Assert.Equal(2, (await app.ScanAsync(app.Names.SubjectsTable)).Count(r => r.RowKey.StartsWith("billing|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Put_OrderOfAnotherClient_Answers404()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-B3"));

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-B3/billing", """{"orderId":"WS-B3","status":"paid","date":"2026-11-22"}""",
            secret: "whsec_REVWLU9OTFkgcmVzZWxsZXItZGVtbyBzZWNyZXQgMCAhISE=");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_InvalidStatus_Answers400NamingTheField()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-B4"));

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-B4/billing", """{"orderId":"WS-B4","status":"overdue","date":"1.12.2026"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.Equal(["date", "status"], fields.Order());
    }

    [Fact]
    public async Task Put_DateInTheFuture_Answers400()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-B5"));
        var future = DateTimeOffset.UtcNow.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-B5/billing", $$"""{"orderId":"WS-B5","status":"paid","date":"{{future}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonNode> PutAsync(RegistryApp app, string orderId, string status, string date)
    {
        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/orders/{orderId}/billing", $$"""{"orderId":"{{orderId}}","status":"{{status}}","date":"{{date}}"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

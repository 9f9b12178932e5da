using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Signing;

/// <summary>A captured signed request applies only to the resource its body names: replayed onto another path it is refused.</summary>
[Collection(AzuriteCollection.Name)]
public class SignedRequestBindingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Billing_CapturedRequestReplayedOnAnotherOrder_IsRefusedAndTheOtherOrderUnchanged()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-BIND-1"));
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-BIND-2"));
        var captured = Billing("WS-BIND-1", "paid");
        var signedAt = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.OK, (await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-BIND-1/billing", captured, signedAt: signedAt, webhookId: "msg_captured")).StatusCode);
        var before = await OrderRowsAsync(app);

        var replayed = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-BIND-2/billing", captured, signedAt: signedAt, webhookId: "msg_captured");

        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.Equal(before, await OrderRowsAsync(app));
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.GetString("InvoiceStatus") == "paid" && r.GetString("ClientOrderId") == "WS-BIND-2");
    }

    [Fact]
    public async Task Billing_BodyForAnotherOrderOrWithoutOrderId_Answers400NamingOrderIdAndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-BIND-3"));
        var before = await OrderRowsAsync(app);

        var other = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-BIND-3/billing", Billing("WS-BIND-4", "paid"));
        var missing = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-BIND-3/billing", """{"status":"paid","date":"2026-11-22"}""");

        await AssertNamesAsync(other, "orderId");
        await AssertNamesAsync(missing, "orderId");
        Assert.Equal(before, await OrderRowsAsync(app));
    }

    [Fact]
    public async Task Preferences_CapturedRequestReplayedOnAnotherPerson_IsRefusedAndTheirPreferencesUnchanged()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var first = await RegisterAsync(app, $"bind.a.{Guid.NewGuid():N}@example.fi");
        var second = await RegisterAsync(app, $"bind.b.{Guid.NewGuid():N}@example.fi");
        var captured = Bound(Batch(Event("bind-1", "market_research", "objected")), first).ToJsonString();
        var signedAt = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.OK, (await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{first}/preferences", captured, signedAt: signedAt, webhookId: "msg_prefs")).StatusCode);

        var replayed = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{second}/preferences", captured, signedAt: signedAt, webhookId: "msg_prefs");

        Assert.Equal(HttpStatusCode.Conflict, replayed.StatusCode);
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.PartitionKey == second && r.RowKey.StartsWith("prefevent|webshop:bind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preferences_BodyForAnotherPersonOrWithoutSubjectId_Answers400NamingSubjectIdAndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var first = await RegisterAsync(app, $"bind.c.{Guid.NewGuid():N}@example.fi");
        var second = await RegisterAsync(app, $"bind.d.{Guid.NewGuid():N}@example.fi");

        var other = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{second}/preferences", Bound(Batch(Event("bind-2", "market_research", "objected")), first).ToJsonString());
        var missing = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{second}/preferences", Batch(Event("bind-3", "market_research", "objected")).ToJsonString());

        await AssertNamesAsync(other, "subjectId");
        await AssertNamesAsync(missing, "subjectId");
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("prefevent|webshop:bind", StringComparison.Ordinal));
    }

    internal static string Billing(string orderId, string status, string date = "2026-11-22") =>
        new JsonObject { ["orderId"] = orderId, ["status"] = status, ["date"] = date }.ToJsonString();

    private static async Task<List<string>> OrderRowsAsync(RegistryApp app) =>
        (await app.ScanAsync(app.Names.SubjectsTable)).Where(r => r.RowKey.StartsWith("order|", StringComparison.Ordinal) || r.RowKey.StartsWith("billing|", StringComparison.Ordinal))
            .Select(r => $"{r.PartitionKey}/{r.RowKey}/{r.ETag}").Order().ToList();

    private static async Task AssertNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["field"]!.GetValue<string>() == field);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Orders;

[Collection(AzuriteCollection.Name)]
public class OrdersApiTests(AzuriteFixture azurite)
{
    private const string StoreSecret = "whsec_REVWLU9OTFkgc3RvcmUtaGVsc2lua2kgc2VjcmV0IDAgISE=";

    [Fact]
    public async Task Post_NewOrder_Answers201WithOpaqueIds()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.PostOrderAsync(OrderJson.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.StartsWith("sub_", body!["subjectId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("ord_", body["orderRef"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameOrderAgain_Answers200WithTheFirstAnswer()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();
        var first = await (await app.PostOrderAsync(order)).Content.ReadAsStringAsync();

        var retry = await app.PostOrderAsync(order);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first, await retry.Content.ReadAsStringAsync());
        Assert.Single(await app.ScanAsync(app.Names.SubjectsTable), e => e.RowKey.StartsWith("order|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ReplayedWebhookId_WritesNothingTwice()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var body = OrderJson.Valid().ToJsonString();
        var signedAt = DateTimeOffset.UtcNow;
        var first = await app.SendSignedAsync(HttpMethod.Post, "/api/orders", body, signedAt: signedAt, webhookId: "msg_replayed");
        var before = (await app.ScanAsync(app.Names.SubjectsTable)).Select(e => e.ETag).ToList();

        var replay = await app.SendSignedAsync(HttpMethod.Post, "/api/orders", body, signedAt: signedAt, webhookId: "msg_replayed");

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode); // the first answer, remembered for the webhook-id
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        Assert.Equal(before, (await app.ScanAsync(app.Names.SubjectsTable)).Select(e => e.ETag).ToList());
    }

    [Fact]
    public async Task Post_SameOrderIdDifferentContent_Answers409Problem()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(orderId: "WS-409");
        await app.PostOrderAsync(order);
        order["total"] = 99.80m;
        order["lines"]![1]!["unitPrice"] = 0.10m;
        order["lines"]![0]!["unitPrice"] = 49.85m;

        var response = await app.PostOrderAsync(order);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_InvalidFields_Answers400NamingEachFieldAndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "kanaria.canary@@example.fi");
        order["customer"]!["organisation"]!["businessId"] = "2537284-6";
        order["lines"]![0]!["quantity"] = "two";

        var response = await app.PostOrderAsync(order);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["field"]!.GetValue<string>() == "lines[0].quantity");
        Assert.DoesNotContain("kanaria", text, StringComparison.Ordinal);
        Assert.Empty(await app.ScanAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task Post_SeveralInvalidFields_ListsEveryOne()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "not-an-email");
        order["customer"]!["organisation"]!["businessId"] = "2537284-6";
        order["customer"]!["address"]!["postalCode"] = "123";

        var text = await (await app.PostOrderAsync(order)).Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;

        Assert.Contains("Åland", text, StringComparison.Ordinal); // readable, not \u00C5land
        var fields = problem["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(["customer.address.postalCode", "customer.email", "customer.organisation.businessId"], fields);
    }

    [Fact]
    public async Task Post_WrongContentType_Answers415()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.SendSignedAsync(HttpMethod.Post, "/api/orders", OrderJson.Valid().ToJsonString(), contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KiB_Answers413()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();
        order["padding"] = new string('x', 260 * 1024);

        var response = await app.PostOrderAsync(order);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("wrong-secret")]
    [InlineData("stale")]
    public async Task Post_BadSignature_Answers401AndStoresNothing(string kind)
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var body = OrderJson.Valid().ToJsonString();

        var response = kind switch
        {
            "unsigned" => await app.Client.PostAsync("/api/orders", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            "wrong-secret" => await app.SendSignedAsync(HttpMethod.Post, "/api/orders", body, secret: "whsec_" + Convert.ToBase64String(new byte[32])),
            _ => await app.SendSignedAsync(HttpMethod.Post, "/api/orders", body, signedAt: DateTimeOffset.UtcNow.AddMinutes(-6)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await app.ScanAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task Post_ChannelNotConfiguredForClient_Answers403()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.PostOrderAsync(OrderJson.Valid(channel: "webshop"), StoreSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_StoreClientOwnChannel_Answers201()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.PostOrderAsync(OrderJson.Valid(channel: "store"), StoreSecret);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_Logs_CarryNoPersonalData()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "log.canary.q7@example.fi");
        order["customer"]!["lastName"] = "Lokikanarialintu";
        await app.PostOrderAsync(order);
        order["customer"]!["email"] = "bad@@canary";
        await app.PostOrderAsync(order);

        var logs = app.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        foreach (var record in logs)
        {
            var text = $"{record.Message} {record.Exception} {string.Join(' ', record.StructuredState ?? [])} {string.Join(' ', record.Scopes)}";
            Assert.DoesNotContain("canary", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Lokikanarialintu", text, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using StandardWebhooks;
using static Registry.Functions.Tests.Signing.SignedRequestBindingTests;

namespace Registry.Functions.Tests.Signing;

/// <summary>webhook-ids are remembered for the signature window: a replay gets the first answer and changes nothing.</summary>
[Collection(AzuriteCollection.Name)]
public class WebhookIdReplayTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Billing_ReplayedWebhookId_GetsTheFirstAnswerAndWritesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-RPL-1"));
        var signedAt = DateTimeOffset.UtcNow;
        var first = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-1/billing", Billing("WS-RPL-1", "paid", "2026-11-21"), signedAt: signedAt, webhookId: "msg_first");
        var firstBody = await first.Content.ReadAsStringAsync();
        await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-1/billing", Billing("WS-RPL-1", "in_collection", "2026-11-22"));
        var before = await RowsAsync(app);

        var replay = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-1/billing", Billing("WS-RPL-1", "paid", "2026-11-21"), signedAt: signedAt, webhookId: "msg_first");

        Assert.Equal(first.StatusCode, replay.StatusCode);
        Assert.Equal(firstBody, await replay.Content.ReadAsStringAsync()); // "paid", though the order is in collection now
        Assert.Equal(before, await RowsAsync(app));
    }

    [Fact]
    public async Task SameWebhookIdWithAnotherBody_Answers409AndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-RPL-2"));
        await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-2/billing", Billing("WS-RPL-2", "paid"), webhookId: "msg_reused");
        var before = await RowsAsync(app);

        var reused = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-2/billing", Billing("WS-RPL-2", "in_collection"), webhookId: "msg_reused");

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await RowsAsync(app));
    }

    [Fact]
    public async Task Audience_ReplayedWebhookId_IsRefusedAndRecordsNoSecondDisclosure()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid());
        const string target = "/api/audiences/direct_marketing?pageSize=10";
        var headers = SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes(target), DateTimeOffset.UtcNow, "msg_audience");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, target, headers)).StatusCode);
        var disclosures = await DisclosuresAsync(app);

        var replay = await GetAsync(app, target, headers);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(disclosures, await DisclosuresAsync(app));
        Assert.DoesNotContain(await app.ScanAsync(app.Names.DedupeTable), r => r.GetString("Body") is { } body && body.Contains("people", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dedupe_KeepsNoPersonalData()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(orderId: "WS-RPL-3", email: "dedupe.canary@example.fi");
        await app.PostOrderAsync(order);
        await app.SendSignedAsync(HttpMethod.Put, "/api/orders/WS-RPL-3/billing", Billing("WS-RPL-3", "paid"));

        var stored = string.Join("\n", (await app.ScanAsync(app.Names.DedupeTable)).SelectMany(r => r.Select(p => $"{p.Key}={p.Value}")));

        Assert.Contains("orderRef", stored, StringComparison.Ordinal);
        foreach (var personal in new[] { "dedupe.canary", "Maija", "Meikäläinen", "Pariisinkatu", "Kehys", "123 4567" })
        {
            Assert.DoesNotContain(personal, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Billing_SignedByTheStandardWebhooksLibrary_Verifies()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await app.PostOrderAsync(OrderJson.Valid(orderId: "WS-LIB-1"));
        var body = Billing("WS-LIB-1", "paid");
        var id = $"msg_{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        var signature = new StandardWebhook(SignedHttp.WebshopSecret).Sign(id, now, body);
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/orders/WS-LIB-1/billing") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("paid", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> GetAsync(RegistryApp app, string target, Dictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return app.Client.SendAsync(request);
    }

    private static async Task<List<string>> RowsAsync(RegistryApp app) =>
        (await app.ScanAsync(app.Names.SubjectsTable)).Select(r => $"{r.PartitionKey}/{r.RowKey}/{r.ETag}").Order().ToList();

    private static async Task<int> DisclosuresAsync(RegistryApp app) =>
        (await app.ScanAsync(app.Names.SubjectsTable)).Count(r => r.RowKey.StartsWith("disclosure|", StringComparison.Ordinal));
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Preferences;

/// <summary>D9 for issue 4: preferences, unsubscribe links and audiences, good and bad requests alike, log no personal data.</summary>
[Collection(AzuriteCollection.Name)]
public class PreferenceLogsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PreferencesUnsubscribeAndAudiences_Logs_CarryNoPersonalData()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "pref.canary.k2@example.fi");
        order["customer"]!["lastName"] = "Lokikanarialintu";
        var subject = (await (await app.PostOrderAsync(order)).Content.ReadFromJsonAsync<JsonObject>())!["subjectId"]!.GetValue<string>();

        var byEmail = Batch(Event("c1", "direct_marketing", "objected"));
        byEmail["email"] = "pref.canary.k2@example.fi";
        Assert.Equal(HttpStatusCode.OK, (await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", byEmail.ToJsonString())).StatusCode);
        byEmail["email"] = "nobody.canary@example.fi";
        Assert.Equal(HttpStatusCode.NotFound, (await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", byEmail.ToJsonString())).StatusCode);
        byEmail["email"] = "bad@@canary";
        Assert.Equal(HttpStatusCode.BadRequest, (await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", byEmail.ToJsonString())).StatusCode);

        var mint = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", new JsonObject { ["subjectId"] = subject, ["purpose"] = "market_research" }.ToJsonString());
        var url = new Uri((await mint.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>()).PathAndQuery;
        var oneClick = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync(url, oneClick)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client.PostAsync(url + "x", oneClick)).StatusCode);

        var audience = new HttpRequestMessage(HttpMethod.Get, "/api/audiences/market_research");
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes("/api/audiences/publication"), DateTimeOffset.UtcNow, null))
        {
            audience.Headers.Add(name, value);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.SendAsync(audience)).StatusCode);
        var served = new HttpRequestMessage(HttpMethod.Get, "/api/audiences/direct_advertising");
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes("/api/audiences/direct_advertising"), DateTimeOffset.UtcNow, null))
        {
            served.Headers.Add(name, value);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(served)).StatusCode);

        var logs = app.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("Unsubscribe link refused", StringComparison.Ordinal));
        Assert.Contains(logs, r => r.Message.Contains($"Preferences of subject {subject}", StringComparison.Ordinal));
        foreach (var record in logs)
        {
            var text = $"{record.Message} {record.Exception} {string.Join(' ', record.StructuredState ?? [])} {string.Join(' ', record.Scopes)}";
            Assert.DoesNotContain("canary", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Lokikanarialintu", text, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Clients;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Http;

/// <summary>No answer of the API is kept by a cache or sniffed by a browser: successes, problems, pages and health alike.</summary>
[Collection(AzuriteCollection.Name)]
public class PrivateAnswerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryKindOfAnswer_IsNoStoreAndNoSniff()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        using var unsigned = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["order stored"] = await app.PostOrderAsync(OrderJson.Valid()),
            ["order unsigned (problem)"] = await app.Client.PostAsync("/api/orders", unsigned),
            ["staff cases"] = await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader)),
            ["staff without token (problem)"] = await app.SendAsync(HttpMethod.Get, "/api/staff/cases", null),
            ["unsubscribe page"] = await app.Client.GetAsync("/api/unsubscribe?token=v1.forged"),
            ["health"] = await app.Client.GetAsync("/api/health"),
            ["staff reader on an officer action (403)"] = await app.SendAsync(HttpMethod.Post, "/api/staff/cases/DSR-2026-0001/notes", StaffApp.Token(StaffRoles.Reader), new { text = "x" }),
            ["client without the grant (403)"] = await app.GetSignedAsync("/api/audiences/direct_marketing", ClientHttp.ResellerSecret),
            ["unsubscribe one-click (page)"] = await app.Client.PostAsync("/api/unsubscribe?token=v1.forged", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])),
        };

        Assert.Equal(HttpStatusCode.Created, answers["order stored"].StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answers["staff reader on an officer action (403)"].StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, answers["client without the grant (403)"].StatusCode);
        Assert.All(answers, answer =>
        {
            Assert.True(answer.Value.Headers.CacheControl?.NoStore == true, $"{answer.Key}: Cache-Control {answer.Value.Headers.CacheControl}");
            Assert.True(answer.Value.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"{answer.Key}: no nosniff");
        });
    }
}

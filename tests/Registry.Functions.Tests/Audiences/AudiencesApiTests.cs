using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Audiences;

[Collection(AzuriteCollection.Name)]
public class AudiencesApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Get_SignedTarget_ServesContactablePeopleAndRecordsTheDisclosure()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var stays = await RegisterAsync(app, $"a.{Guid.NewGuid():N}@example.fi");
        var objects = await RegisterAsync(app, $"b.{Guid.NewGuid():N}@example.fi");
        await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{objects}/preferences",
            Bound(Batch(Event("o1", "direct_marketing", "objected", "2026-11-23T09:00:00Z")), objects).ToJsonString());

        var response = await GetSignedAsync(app, "/api/audiences/direct_marketing?pageSize=50");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var person = Assert.Single(page["people"]!.AsArray());
        Assert.Equal(stays, person!["subjectId"]!.GetValue<string>());
        Assert.EndsWith("@example.fi", person["email"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(page["continuationToken"]);
        var disclosure = Assert.Single(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("disclosure|", StringComparison.Ordinal));
        Assert.Equal(stays, disclosure.PartitionKey);
        Assert.Equal("webshop", disclosure.GetString("Recipient"));
        Assert.Equal("direct_marketing", disclosure.GetString("Purpose"));
        Assert.Equal("name,organisation,email", disclosure.GetString("Categories")); // what the web shop is granted for direct_marketing
        Assert.Equal("consent", disclosure.GetString("Basis"));
    }

    [Fact]
    public async Task Get_SignatureForAnotherTarget_Answers401()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await GetSignedAsync(app, "/api/audiences/publication", signedTarget: "/api/audiences/direct_marketing");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_BadQuery_Answers400NamingEachField()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await GetSignedAsync(app, "/api/audiences/spam?pageSize=0&continuationToken=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.Equal(["purpose", "pageSize", "continuationToken"], fields);
    }

    private static Task<HttpResponseMessage> GetSignedAsync(RegistryApp app, string target, string? signedTarget = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes(signedTarget ?? target), DateTimeOffset.UtcNow, null))
        {
            request.Headers.Add(name, value);
        }

        return app.Client.SendAsync(request);
    }
}

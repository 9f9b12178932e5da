using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Unsubscribe;

[Collection(AzuriteCollection.Name)]
public class UnsubscribeApiTests(AzuriteFixture azurite)
{
    private static readonly FormUrlEncodedContent OneClick = new([new("List-Unsubscribe", "One-Click")]);

    [Fact]
    public async Task MintThenPostOneClick_RecordsTheObjectionAndAnswers200()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"u.{Guid.NewGuid():N}@example.fi");
        var link = await MintAsync(app, subject, "direct_marketing");

        var response = await app.Client.PostAsync(PathOf(link), OneClick);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Your objection is recorded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var current = (await app.ScanAsync(app.Names.SubjectsTable)).Single(r => r.RowKey == "pref|direct_marketing");
        Assert.Equal("objected", current.GetString("State"));
        var entry = Assert.Single(await app.ScanAsync(app.Names.LookupTable), e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.NotNull(entry.GetDateTimeOffset("SuppressedAt")); // the suppression rides in the e-mail's lookup entry (issue 18)
    }

    [Fact]
    public async Task Get_ValidLink_ShowsAConfirmationInFinnishAndEnglishAndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"u.{Guid.NewGuid():N}@example.fi");
        var link = await MintAsync(app, subject, "market_research");
        var before = await app.ScanAsync(app.Names.SubjectsTable);

        var response = await app.Client.GetAsync(PathOf(link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("markkina- ja mielipidetutkimukset", html, StringComparison.Ordinal);
        Assert.Contains("market and opinion research", html, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", html, StringComparison.Ordinal);
        Assert.Equal(before.Select(r => r.ETag), (await app.ScanAsync(app.Names.SubjectsTable)).Select(r => r.ETag));
    }

    [Fact]
    public async Task Post_AlteredToken_AnswersNotValidPageAndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"u.{Guid.NewGuid():N}@example.fi");
        var link = await MintAsync(app, subject, "direct_marketing");
        var before = await app.ScanAsync(app.Names.SubjectsTable);

        var response = await app.Client.PostAsync(PathOf(link).Replace("direct_marketing", "publication", StringComparison.Ordinal), OneClick);
        var page = await app.Client.GetAsync("/api/unsubscribe?token=v1.forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link is not valid. Nothing was changed.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(before.Select(r => r.ETag), (await app.ScanAsync(app.Names.SubjectsTable)).Select(r => r.ETag));
    }

    [Fact]
    public async Task Post_UsedTwice_IsHarmless()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"u.{Guid.NewGuid():N}@example.fi");
        var link = await MintAsync(app, subject, "direct_marketing");
        await app.Client.PostAsync(PathOf(link), OneClick);
        var before = await app.ScanAsync(app.Names.SubjectsTable);

        var again = await app.Client.PostAsync(PathOf(link), OneClick);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before.Select(r => r.ETag), (await app.ScanAsync(app.Names.SubjectsTable)).Select(r => r.ETag));
    }

    [Fact]
    public async Task Post_WithoutOneClickBody_ChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"u.{Guid.NewGuid():N}@example.fi");
        var link = await MintAsync(app, subject, "direct_marketing");

        var response = await app.Client.PostAsync(PathOf(link), new FormUrlEncodedContent([new("List-Unsubscribe", "Maybe")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("prefevent|unsubscribe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mint_InvalidOrUnknown_AnswersProblems()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var invalid = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", """{"subjectId":"someone@example.fi","purpose":"spam"}""");
        var unknown = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", """{"subjectId":"sub_aaaaaaaaaaaaaaaaaaaaaaaa","purpose":"publication"}""");

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var fields = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.Equal(["subjectId", "purpose"], fields);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<string> MintAsync(RegistryApp app, string subject, string purpose)
    {
        var response = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", new JsonObject { ["subjectId"] = subject, ["purpose"] = purpose }.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>();
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;
}

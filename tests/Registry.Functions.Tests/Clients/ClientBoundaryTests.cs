using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Clients.ClientHttp;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Clients;

/// <summary>
/// The client boundary as a reseller's developer would probe it (issue 13): no audiences without a grant, and
/// another client's customer is answered exactly like a person the register does not hold.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class ClientBoundaryTests(AzuriteFixture azurite)
{
    private const string Unknown = "sub_aaaaaaaaaaaaaaaaaaaaaaaa";

    [Fact]
    public async Task GetAudience_ResellerWithoutTheGrant_Answers403NamingItAndRecordsNoDisclosure()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        await RegisterAsync(app, $"w.{Guid.NewGuid():N}@example.fi");
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);

        var response = await app.GetSignedAsync("/api/audiences/direct_marketing", ResellerSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Missing grant: audiences. Nothing was recorded.", await DetailAsync(response));
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task GetAudience_WebshopForDirectMarketing_CarriesEmailButNoPhoneOrAddress()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"w.{Guid.NewGuid():N}@example.fi");

        var response = await app.GetSignedAsync("/api/audiences/direct_marketing", SignedHttp.WebshopSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["people"]!.AsArray())!.AsObject();
        Assert.Equal(subject, person["subjectId"]!.GetValue<string>());
        Assert.Equal(["subjectId", "firstName", "lastName", "organisation", "email"], person.Select(p => p.Key));
        var disclosure = Assert.Single(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("disclosure|", StringComparison.Ordinal));
        Assert.Equal("name,organisation,email", disclosure.GetString("Categories"));
    }

    [Fact]
    public async Task GetAudience_WebshopForAPurposeNotGranted_Answers403()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.GetSignedAsync("/api/audiences/publication", SignedHttp.WebshopSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Missing grant: audiences:publication. Nothing was recorded.", await DetailAsync(response));
    }

    [Fact]
    public async Task PutPreferencesBySubject_WebshopCustomerByReseller_Answers404LikeAnUnknownPersonAndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"w.{Guid.NewGuid():N}@example.fi");
        string Consent(string person) => Bound(Batch(Event("later", "direct_marketing", "consented", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))), person).ToJsonString();
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);

        var customer = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Consent(subject), ResellerSecret);
        var unknown = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{Unknown}/preferences", Consent(Unknown), ResellerSecret);

        Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await unknown.Content.ReadAsStringAsync()).Replace(Unknown, subject, StringComparison.Ordinal), await customer.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task PutPreferencesByEmail_WebshopCustomerByReseller_Answers404ByteForByteLikeAnUnknownAddress()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var email = $"w.{Guid.NewGuid():N}@example.fi";
        await RegisterAsync(app, email);
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);
        var known = Batch(Event("e1", "direct_marketing", "consented"));
        known["email"] = email;
        var unknown = Batch(Event("e1", "direct_marketing", "consented"));
        unknown["email"] = $"nobody.{Guid.NewGuid():N}@example.fi";

        var customer = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", known.ToJsonString(), ResellerSecret);
        var nobody = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", unknown.ToJsonString(), ResellerSecret);

        Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);
        Assert.Equal(await nobody.Content.ReadAsByteArrayAsync(), await customer.Content.ReadAsByteArrayAsync());
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task MintUnsubscribeLink_WebshopCustomerByReseller_Answers404ByteForByteLikeAnUnknownSubject()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"w.{Guid.NewGuid():N}@example.fi");

        var customer = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", $$"""{"subjectId":"{{subject}}","purpose":"direct_marketing"}""", ResellerSecret);
        var unknown = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", $$"""{"subjectId":"{{Unknown}}","purpose":"direct_marketing"}""", ResellerSecret);

        Assert.Equal(HttpStatusCode.NotFound, customer.StatusCode);
        Assert.Equal(await unknown.Content.ReadAsByteArrayAsync(), await customer.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PutPreferences_ResellerAfterItsOwnOrder_RecordsAndSeesNoOtherClientsEventIds()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var email = $"w.{Guid.NewGuid():N}@example.fi";
        var subject = await RegisterAsync(app, email);
        await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(Batch(Event("w1", "market_research", "objected")), subject).ToJsonString());
        Assert.Equal(subject, await app.OrderAsync(email, ResellerSecret, "reseller"));

        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences",
            Bound(Batch(Event("r1", "publication", "objected")), subject).ToJsonString(), ResellerSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("objected", StateOf(answer, "market_research")); // the person's state, recorded by the web shop
        Assert.Null(EventIdOf(answer, "market_research"));
        Assert.Null(EventIdOf(answer, "direct_marketing")); // the web shop's checkout choice decides (same instant, first recorded)
        Assert.Equal("reseller_demo:r1", EventIdOf(answer, "publication"));
        Assert.DoesNotContain("webshop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOrder_ResellerForAWebshopCustomerAndForANewPerson_AnswersAlike()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var known = $"w.{Guid.NewGuid():N}@example.fi";
        await RegisterAsync(app, known);

        var forKnown = await app.PostOrderAsync(OrderJson.Valid(orderId: $"R-{Guid.NewGuid():N}"[..16], email: known, channel: "reseller"), ResellerSecret);
        var forNew = await app.PostOrderAsync(OrderJson.Valid(orderId: $"R-{Guid.NewGuid():N}"[..16], email: $"w.{Guid.NewGuid():N}@example.fi", channel: "reseller"), ResellerSecret);

        Assert.Equal(HttpStatusCode.Created, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forNew.StatusCode);
        var a = (await forKnown.Content.ReadFromJsonAsync<JsonObject>())!;
        var b = (await forNew.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(b.Select(p => p.Key).Order(StringComparer.Ordinal), a.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(forNew.Headers.Select(h => h.Key).Order(StringComparer.Ordinal), forKnown.Headers.Select(h => h.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PutPreferencesByEmail_WebshopCustomerByResellerInAnotherSpelling_Answers404AndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var local = $"w{Guid.NewGuid():N}"[..12];
        await RegisterAsync(app, $"{local}.\u00e4iti@example.fi");
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);
        // Upper case, surrounding blanks, and the decomposed a-umlaut: the same person by the register's normal form.
        string[] spellings = [$"{local.ToUpperInvariant()}.\u00c4ITI@EXAMPLE.FI", $"  {local}.\u00e4iti@example.fi\t", $"{local}.a\u0308iti@example.fi"];

        foreach (var (spelling, i) in spellings.Select((e, i) => (e, i)))
        {
            var batch = Batch(Event($"v{i}", "direct_marketing", "consented"));
            batch["email"] = spelling;
            var response = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", batch.ToJsonString(), ResellerSecret);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
        foreach (var spelling in spellings)
        {
            // The spellings do find the person: for the client whose customer they are.
            var own = Batch(Event("own", "direct_marketing", "consented"));
            own["email"] = spelling;
            Assert.Equal(HttpStatusCode.OK, (await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", own.ToJsonString())).StatusCode);
        }
    }

    private static string? EventIdOf(JsonObject answer, string purpose) =>
        answer["preferences"]!.AsArray().Single(p => p!["purpose"]!.GetValue<string>() == purpose)!["eventId"]?.GetValue<string>();
}

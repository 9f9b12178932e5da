using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Clients;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Preferences;

/// <summary>A person's own objection is lifted only by the person's own later consent, never by a client's.</summary>
[Collection(AzuriteCollection.Name)]
public class PersonsObjectionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ClientsLaterBackOfficeConsent_AfterOneClickObjection_LeavesThePersonObjectedAndOutOfTheAudience()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"oc.a.{Guid.NewGuid():N}@example.fi");
        await UnsubscribeAsync(app, subject);

        var consent = Bound(Batch(Event("bo-1", "direct_marketing", "consented", Soon(), "customer_service")), subject);
        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", consent.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("objected", StateOf((await response.Content.ReadFromJsonAsync<JsonObject>())!, "direct_marketing"));
        Assert.DoesNotContain(subject, await AudienceAsync(app));
    }

    [Fact]
    public async Task ClientsLaterCheckoutConsent_AfterOneClickObjection_LeavesThePersonOutOfTheAudience()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var email = $"oc.b.{Guid.NewGuid():N}@example.fi";
        var subject = await RegisterAsync(app, email);
        await UnsubscribeAsync(app, subject);

        // The same person's next order, placed a minute later, with the checkout's newsletter box ticked by default.
        var order = await app.PostOrderAsync(OrderJson.Valid(email: email, placedAt: DateTimeOffset.UtcNow.AddMinutes(1)));

        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        Assert.DoesNotContain(subject, await AudienceAsync(app));
        var current = (await app.ScanAsync(app.Names.SubjectsTable)).Single(r => r.PartitionKey == subject && r.RowKey == "pref|direct_marketing");
        Assert.Equal("objected", current.GetString("State"));
    }

    [Fact]
    public async Task PersonsOwnLaterConsentWithEvidence_LiftsTheObjection()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"oc.c.{Guid.NewGuid():N}@example.fi");
        await UnsubscribeAsync(app, subject);

        var consent = Event("pp-1", "direct_marketing", "consented", Soon());
        consent["actor"] = "person";
        consent["evidence"] = "doi:confirm-7f3a";
        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(Batch(consent), subject).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("consented", StateOf((await response.Content.ReadFromJsonAsync<JsonObject>())!, "direct_marketing"));
        Assert.Contains(subject, await AudienceAsync(app));
    }

    [Fact]
    public async Task PersonActorFromAClientWithoutThePersonActsGrant_Is403AndTheObjectionStays()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var email = $"oc.f.{Guid.NewGuid():N}@example.fi";
        var subject = await RegisterAsync(app, email);
        await UnsubscribeAsync(app, subject);
        // The reseller sells to the same person, so the person is its customer too; it runs no preference page.
        Assert.Equal(subject, await app.OrderAsync(email, ClientHttp.ResellerSecret, "reseller"));
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);

        var forged = Event("forged-1", "direct_marketing", "consented", Soon());
        forged["actor"] = "person";
        forged["evidence"] = "anything";
        var bySubject = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(Batch(forged), subject).ToJsonString(), ClientHttp.ResellerSecret);
        var byEmail = Batch(forged.DeepClone().AsObject());
        byEmail["email"] = email;
        var byAddress = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", byEmail.ToJsonString(), ClientHttp.ResellerSecret);

        Assert.Equal(HttpStatusCode.Forbidden, bySubject.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAddress.StatusCode);
        Assert.Contains("personActs", await ClientHttp.DetailAsync(bySubject), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
        Assert.DoesNotContain(subject, await AudienceAsync(app));
    }

    [Fact]
    public async Task PersonActorWithoutEvidenceOrOnAClientChannel_Answers400AndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"oc.d.{Guid.NewGuid():N}@example.fi");
        var noEvidence = Event("pa-1", "direct_marketing", "consented");
        noEvidence["actor"] = "person";
        noEvidence.Remove("evidence");
        var backOffice = Event("pa-2", "market_research", "consented", channel: "customer_service");
        backOffice["actor"] = "person";

        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(Batch(noEvidence, backOffice), subject).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.Equal(["events[0].evidence", "events[1].actor"], fields.Order());
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("prefevent|webshop:pa-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OccurredAtBeyondTheClockSkew_Answers400NamingTheFieldAndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"oc.e.{Guid.NewGuid():N}@example.fi");
        var future = DateTimeOffset.UtcNow.AddMinutes(10).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences",
            Bound(Batch(Event("fut-1", "direct_marketing", "consented", future)), subject).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>());
        Assert.Equal(["events[0].occurredAt"], fields);
        Assert.DoesNotContain(await app.ScanAsync(app.Names.SubjectsTable), r => r.RowKey.StartsWith("prefevent|webshop:fut", StringComparison.Ordinal));
    }

    /// <summary>A minute from now: later than the one-click objection, within the clock skew.</summary>
    private static string Soon() => DateTimeOffset.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static async Task UnsubscribeAsync(RegistryApp app, string subject)
    {
        var minted = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", new JsonObject { ["subjectId"] = subject, ["purpose"] = "direct_marketing" }.ToJsonString());
        var url = (await minted.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>();
        var clicked = await app.Client.PostAsync(new Uri(url).PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
    }

    private static async Task<List<string>> AudienceAsync(RegistryApp app)
    {
        const string target = "/api/audiences/direct_marketing?pageSize=500";
        var request = new HttpRequestMessage(HttpMethod.Get, target);
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, Encoding.UTF8.GetBytes(target), DateTimeOffset.UtcNow))
        {
            request.Headers.Add(name, value);
        }

        var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["people"]!.AsArray().Select(p => p!["subjectId"]!.GetValue<string>()).ToList();
    }
}

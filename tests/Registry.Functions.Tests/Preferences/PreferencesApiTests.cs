using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using static Registry.Functions.Tests.Preferences.PreferenceJson;

namespace Registry.Functions.Tests.Preferences;

[Collection(AzuriteCollection.Name)]
public class PreferencesApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PutBySubject_Events_AnswersEveryPurposeWithTheLatestEventDeciding()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"p.{Guid.NewGuid():N}@example.fi");
        var body = Batch(
            Event("e1", "market_research", "consented", "2026-11-21T09:00:00Z"),
            Event("e2", "market_research", "objected", "2026-11-21T10:00:00Z"),
            Event("e3", "publication", "consented", "2026-11-21T08:00:00Z"));

        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(body, subject).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("objected", StateOf(answer, "market_research"));
        Assert.Equal("consented", StateOf(answer, "publication"));
        Assert.Equal("consented", StateOf(answer, "direct_marketing")); // the checkout choice of the order
        Assert.Equal("objected", StateOf(answer, "targeted_content")); // the default
        Assert.Equal(6, answer["preferences"]!.AsArray().Count);
    }

    [Fact]
    public async Task PutBySubject_RetriedBatch_AnswersTheSameAndStoresEachEventOnce()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"p.{Guid.NewGuid():N}@example.fi");
        var body = Bound(Batch(Event("r1", "direct_marketing", "objected", "2026-11-22T09:00:00Z")), subject).ToJsonString();
        var first = await (await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", body)).Content.ReadAsStringAsync();

        var retry = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", body);

        Assert.Equal(first, await retry.Content.ReadAsStringAsync());
        var rows = await app.ScanAsync(app.Names.SubjectsTable);
        Assert.Single(rows, r => r.RowKey == "prefevent|webshop:r1");
    }

    [Fact]
    public async Task PutByEmail_KnownPerson_RecordsForThem()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var email = $"p.{Guid.NewGuid():N}@example.fi";
        var subject = await RegisterAsync(app, email);
        var body = Batch(Event("m1", "distance_selling", "objected"));
        body["email"] = email.ToUpperInvariant();

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", body.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(subject, answer["subjectId"]!.GetValue<string>());
        Assert.Equal("objected", StateOf(answer, "distance_selling"));
    }

    [Fact]
    public async Task PutByEmail_UnknownEmail_Answers404ThatRevealsNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var body = Batch(Event("u1", "direct_marketing", "objected"));
        body["email"] = "unknown.canary@example.fi";

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/preferences", body.ToJsonString());
        var unknownSubject = await app.SendSignedAsync(HttpMethod.Put, "/api/subjects/sub_aaaaaaaaaaaaaaaaaaaaaaaa/preferences", Bound(Batch(Event("u1", "direct_marketing", "objected")), "sub_aaaaaaaaaaaaaaaaaaaaaaaa").ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("canary", text, StringComparison.Ordinal);
        Assert.Equal(
            (await unknownSubject.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(),
            JsonNode.Parse(text)!["detail"]!.GetValue<string>());
        Assert.Empty(await app.ScanAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task Put_InvalidEvents_Answers400NamingEachFieldAndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var subject = await RegisterAsync(app, $"p.{Guid.NewGuid():N}@example.fi");
        var before = await app.ScanAsync(app.Names.SubjectsTable);
        var body = Batch(
            Event("ok1", "market_research", "objected"),
            Event("bad id!", "newsletter", "maybe", "yesterday", "carrier_pigeon"));

        var response = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences", Bound(body, subject).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["events[1].eventId", "events[1].purpose", "events[1].state", "events[1].channel", "events[1].occurredAt"],
            fields);
        Assert.Equal(before.Count, (await app.ScanAsync(app.Names.SubjectsTable)).Count);
    }

    [Fact]
    public async Task Put_Unsigned_Answers401()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.Client.PutAsJsonAsync("/api/preferences", Batch(Event("x", "publication", "objected")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

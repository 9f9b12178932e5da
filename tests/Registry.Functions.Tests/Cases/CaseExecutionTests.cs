using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Audit;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Cases;

/// <summary>Rectification, objection and restriction carried out end to end: decision over HTTP, executor on case-actions, effects read back.</summary>
[Collection(AzuriteCollection.Name)]
public class CaseExecutionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Rectification_CorrectsTheValueAndNoticesTheSourceAndTheRecipient_Once()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.StoreCustomerAsync();
        Assert.Contains(subject, await app.AudienceAsync("direct_marketing")); // disclosed to the web shop
        var corrected = $"korjattu.{Guid.NewGuid():N}@example.fi";

        var reference = await app.DecideAsync(subject, email, "Please correct my e-mail address, it is wrong in your register.", new
        {
            actions = new[] { "rectification" },
            reason = "Verified",
            rectification = new { changes = new[] { new { field = "email", value = corrected, grounds = "Typo at the till" } } },
        });
        var closed = await app.WaitUntilClosedAsync(reference);

        var profile = (await app.SubjectDataAsync(subject))["profile"]!;
        Assert.Equal(corrected, profile["email"]!["value"]!.GetValue<string>());
        Assert.Equal("rectification", profile["email"]!["provenance"]!["source"]!.GetValue<string>());
        Assert.Equal(reference, profile["email"]!["provenance"]!["reference"]!.GetValue<string>());
        Assert.Equal("store", profile["firstName"]!["provenance"]!["source"]!.GetValue<string>());
        var letters = await app.LettersAsync();
        var toStore = Assert.Single(letters, l => l["letterId"]!.GetValue<string>() == $"{reference}-rectification-notice-store_helsinki");
        Assert.Equal("helsinki.store@tailorframe.example", toStore["to"]!.GetValue<string>());
        Assert.Contains(corrected, toStore["body"]!.GetValue<string>(), StringComparison.Ordinal);
        var toWebshop = Assert.Single(letters, l => l["letterId"]!.GetValue<string>() == $"{reference}-rectification-notice-webshop");
        Assert.Equal("privacy@webshop.tailorframe.example", toWebshop["to"]!.GetValue<string>());
        Assert.Single(letters, l => l["letterId"]!.GetValue<string>() == $"{reference}-rectification-done");
        Assert.Contains(closed["timeline"]!.AsArray(), e => e!["detail"]?.GetValue<string>().Contains("notified: store_helsinki, webshop", StringComparison.Ordinal) == true);
        var found = await app.SendAsync(HttpMethod.Post, "/api/staff/subjects/search", CaseExecution.Officer, new { email = corrected });
        Assert.Equal(subject, (await found.Content.ReadFromJsonAsync<JsonObject>())!["subjects"]![0]!.GetValue<string>());
        var wrong = await app.SendAsync(HttpMethod.Post, "/api/staff/subjects/search", CaseExecution.Officer, new { email });
        Assert.Empty((await wrong.Content.ReadFromJsonAsync<JsonObject>())!["subjects"]!.AsArray());

        await app.RedeliverAsync(reference, subject, "rectification");

        Assert.Equal(letters.Count, (await app.LettersAsync()).Count);
        Assert.Equal(profile.ToJsonString(), (await app.SubjectDataAsync(subject))["profile"]!.ToJsonString());
    }

    [Fact]
    public async Task Rectification_WithoutChangesOrWithABadValue_Is400NamingTheField()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, "<rect-bad@mail.example>", "Please correct my address.");
        await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", CaseExecution.Officer, new { method = "signed_letter" });

        var missing = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", CaseExecution.Officer, new { actions = new[] { "rectification" } });
        var bad = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", CaseExecution.Officer, new
        {
            actions = new[] { "rectification" },
            rectification = new { changes = new object[] { new { field = "postalAddress", value = new { street = "Kanariankatu 1", postalCode = "1", city = "Helsinki", country = "FI" }, grounds = "Moved" } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"field\":\"rectification.changes\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("\"field\":\"rectification.changes[0].value.postalCode\"", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Kanariankatu", problem, StringComparison.Ordinal);
        Assert.Equal("verified", (await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", CaseExecution.Officer)).Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.NotEmpty(subject);
    }

    [Fact]
    public async Task Objection_WithChosenPurposes_ObjectsToThoseOnly_Once()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, _) = await app.CustomerAsync();

        var reference = await app.DecideAsync(subject, $"other.{Guid.NewGuid():N}@example.com", "I object to market research and to your distance selling calls.", new
        {
            actions = new[] { "objection" },
            objection = new { purposes = new[] { "market_research", "distance_selling" } },
        });
        await app.WaitUntilClosedAsync(reference);

        Assert.DoesNotContain(subject, await app.AudienceAsync("market_research"));
        Assert.DoesNotContain(subject, await app.AudienceAsync("distance_selling"));
        Assert.Contains(subject, await app.AudienceAsync("direct_marketing"));
        Assert.Contains(subject, await app.AudienceAsync("direct_advertising"));
        var data = await app.SubjectDataAsync(subject);
        var objections = data["preferenceHistory"]!.AsArray().Where(e => e!["eventId"]!.GetValue<string>().StartsWith("case:", StringComparison.Ordinal)).ToList();
        Assert.Equal([$"case:{reference}.distance_selling", $"case:{reference}.market_research"], objections.Select(e => e!["eventId"]!.GetValue<string>()).Order());
        Assert.All(objections, e => Assert.Equal("subject_request", e!["provenance"]!["source"]!.GetValue<string>()));
        var letters = await app.LettersAsync();
        Assert.Single(letters, l => l["letterId"]!.GetValue<string>() == $"{reference}-objection-done");

        await app.RedeliverAsync(reference, subject, "objection");

        Assert.Equal(letters.Count, (await app.LettersAsync()).Count);
        Assert.Equal(data["preferenceHistory"]!.ToJsonString(), (await app.SubjectDataAsync(subject))["preferenceHistory"]!.ToJsonString());
    }

    [Fact]
    public async Task Objection_FromTheRegisteredAddressWithoutPurposes_CoversEveryMarketingPurpose()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();

        var reference = await app.OpenCaseAsync(email, "<objection-auto@mail.example>", "Please stop sending me marketing.");
        await app.WaitUntilClosedAsync(reference);

        foreach (var purpose in new[] { "direct_marketing", "direct_advertising", "distance_selling", "market_research", "targeted_content" })
        {
            Assert.DoesNotContain(subject, await app.AudienceAsync(purpose));
        }

        var history = (await app.SubjectDataAsync(subject))["preferenceHistory"]!.AsArray();
        Assert.DoesNotContain(history, e => e!["eventId"]!.GetValue<string>() == $"case:{reference}.publication");
    }

    [Fact]
    public async Task Objection_FromTheRegisteredAddressNamingOnePurpose_ObjectsToThatOne()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();

        var reference = await app.OpenCaseAsync(email, "<objection-surveys@mail.example>", "I object: no more customer surveys, please.");
        var closed = await app.WaitUntilClosedAsync(reference);

        Assert.Equal(["market_research"], closed["objectionPurposes"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.DoesNotContain(subject, await app.AudienceAsync("market_research"));
        Assert.Contains(subject, await app.AudienceAsync("direct_marketing"));
    }

    [Fact]
    public async Task Restriction_LeavesThePersonOutOfAudiencesUntilTheOfficerLiftsIt()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var (other, _) = await app.CustomerAsync();

        var reference = await app.DecideAsync(subject, email, "Please restrict the processing of my data while you check it.", new { actions = new[] { "restriction" } });
        await app.WaitUntilClosedAsync(reference);

        Assert.Equal([other], await app.AudienceAsync("direct_marketing"));
        var search = await app.SendAsync(HttpMethod.Post, "/api/staff/subjects/search", CaseExecution.Officer, new { email });
        var found = (await search.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(subject, found["subjects"]![0]!.GetValue<string>());
        Assert.Equal(subject, found["restricted"]![0]!.GetValue<string>());
        Assert.Single(await app.LettersAsync(), l => l["letterId"]!.GetValue<string>() == $"{reference}-restriction-done");
        await app.RedeliverAsync(reference, subject, "restriction");
        Assert.Single(await app.LettersAsync(), l => l["letterId"]!.GetValue<string>() == $"{reference}-restriction-done");

        var noReason = await app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", CaseExecution.Officer, new { });
        var asReader = await app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", StaffApp.Token(Registry.Functions.Staff.StaffRoles.Reader), new { reason = "x" });
        var lifted = await app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", CaseExecution.Officer, new { reason = "Accuracy checked against the order" });
        var again = await app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", CaseExecution.Officer, new { reason = "Twice" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lifted.StatusCode);
        Assert.True((await lifted.Content.ReadFromJsonAsync<JsonObject>())!["informed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(new[] { other, subject }.Order(), (await app.AudienceAsync("direct_marketing")).Order());
        var letter = Assert.Single(await app.LettersAsync(), l => l["letterId"]!.GetValue<string>() == $"{reference}-restriction-lifted");
        Assert.Contains("Accuracy checked against the order", letter["body"]!.GetValue<string>(), StringComparison.Ordinal);
        var audit = await app.Storage.GetRequiredService<IAuditLog>().ForDayAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        var entry = Assert.Single(audit, e => e.Action == "LiftRestriction");
        Assert.Equal(subject, entry.SubjectId?.Value);
        Assert.Equal(reference, entry.CaseReference);
        Assert.Equal("Accuracy checked against the order", (await app.Storage.GetRequiredService<IAuditReasons>().OpenAsync([entry]))[0].Text);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Execution;
using Registry.Functions.Tests.Staff;
using Registry.Intake;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Cases;

/// <summary>
/// A decision is bound to the verified person (issue 14): verification fixes the case's subject, a method that names the
/// registered address is checked against it, and the executor acts only for the subject the decision was made for.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class CaseBindingTests(AzuriteFixture azurite)
{
    private static string Officer => CaseExecution.Officer;

    [Fact]
    public async Task LinkSubject_AfterVerification_Is409AndTheSubjectStays()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var (other, _) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>");
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", Officer, new { method = "signed_letter" }));
        var before = await app.CaseAsync(reference);

        var relink = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/subject", Officer, new { subjectId = other, reason = "Another person" });

        Assert.Equal(HttpStatusCode.Conflict, relink.StatusCode);
        Assert.Equal("application/problem+json", relink.Content.Headers.ContentType!.MediaType);
        var after = await app.CaseAsync(reference);
        Assert.Equal(subject, after["subjectId"]!.GetValue<string>());
        // The acknowledgement's delivery is recorded whenever the sender gets to it: compare the rest.
        static int Entries(JsonObject c) => c["timeline"]!.AsArray().Count(e => e!["kind"]!.GetValue<string>() != "letter_sent");
        Assert.Equal(Entries(before), Entries(after));
    }

    [Fact]
    public async Task Verify_BeforeAnySubjectIsLinked_Is409()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var reference = await app.OpenCaseAsync($"unknown.{Guid.NewGuid():N}@example.com", $"<{Guid.NewGuid():N}@mail.example>");

        var verify = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", Officer, new { method = "signed_letter" });

        Assert.Equal(HttpStatusCode.Conflict, verify.StatusCode);
        Assert.Equal("awaiting_verification", (await app.CaseAsync(reference))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Verify_RegisteredEmailAndOrder_FromAnotherAddress_Is409AndChangesNothing()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var orderId = OrderNumber();
        var (subject, _) = await CustomerWithOrderAsync(app, orderId);
        var reference = await app.OpenCaseAsync($"impostor.{Guid.NewGuid():N}@example.com", $"<{Guid.NewGuid():N}@mail.example>",
            $"Please send me a copy of my data. My order number is {orderId}.");
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/subject", Officer, new { subjectId = subject, reason = "Quotes her order" }));
        var before = await app.CaseAsync(reference);

        var verify = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", Officer, new { method = "registered_email_and_order" });

        Assert.Equal(HttpStatusCode.Conflict, verify.StatusCode);
        var problem = await verify.Content.ReadAsStringAsync();
        Assert.Contains("not the registered e-mail address", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("no order number", problem, StringComparison.Ordinal);
        var after = await app.CaseAsync(reference);
        Assert.Equal("awaiting_verification", after["status"]!.GetValue<string>());
        Assert.Null(after["verificationMethod"]?.GetValue<string>());
        // The acknowledgement's delivery is recorded whenever the sender gets to it: compare the rest.
        static int Entries(JsonObject c) => c["timeline"]!.AsArray().Count(e => e!["kind"]!.GetValue<string>() != "letter_sent");
        Assert.Equal(Entries(before), Entries(after));
    }

    [Fact]
    public async Task Verify_RegisteredEmailAndOrder_ChecksTheOrderBelongsToTheSubject()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var own = OrderNumber();
        var (subject, email) = await CustomerWithOrderAsync(app, own);
        await CustomerWithOrderAsync(app, OrderNumber());
        var othersOrder = OrderNumber();
        await CustomerWithOrderAsync(app, othersOrder);
        var quotingAnother = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>", $"Please send me a copy of my data. Order number {othersOrder}.");
        var quotingOwn = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>", $"Please send me a copy of my data. Order number {own}.");

        var refused = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{quotingAnother}/verify", Officer, new { method = "registered_email_and_order" });
        var verified = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{quotingOwn}/verify", Officer, new { method = "registered_email_and_order" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("no order number quoted in the request", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(subject, (await app.CaseAsync(quotingOwn))["subjectId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Executor_DecisionForAnotherSubject_IsRefusedNotedAndTouchesNobody()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var (other, _) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>", "Please erase all my data.");
        await ExpectAsync(HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", Officer, new { method = "signed_letter" }));

        // A decision as it stood before decisions were bound: the case in progress, the queued message naming someone else.
        var store = app.Storage.GetRequiredService<ICaseStore>();
        var stored = (await store.GetAsync(CaseReference.TryParse(reference, out var r) ? r : default))!;
        Assert.True(await store.UpdateAsync(stored.Case with { Status = CaseStatus.InProgress, DecidedActions = [RequestType.Access, RequestType.Erasure] }, stored.Version,
            new CaseEvent { EventId = "old-decision", At = DateTimeOffset.UtcNow, Kind = CaseEventKind.ActionsDecided, Actor = "staff-oid-1", StatusAfter = CaseStatus.InProgress }));
        var outcome = await app.Storage.GetRequiredService<CaseActionExecutor>().ExecuteAsync(
            new CaseActionMessage($"{reference}-decision", reference, other, ["access", "erasure"], "staff-oid-1", DateTimeOffset.UtcNow));

        Assert.IsType<ExecutionOutcome.Refused>(outcome);
        var view = await app.CaseAsync(reference);
        Assert.Equal("in_progress", view["status"]!.GetValue<string>());
        var timeline = view["timeline"]!.AsArray();
        Assert.Contains(timeline, e => e!["kind"]!.GetValue<string>() == "decision_refused");
        Assert.DoesNotContain(timeline, e => e!["kind"]!.GetValue<string>() is "action_executed" or "action_partially_executed");
        Assert.NotNull((await app.SubjectDataAsync(subject))["profile"]);
        Assert.NotNull((await app.SubjectDataAsync(other))["profile"]);
        Assert.DoesNotContain(await app.LettersAsync(), l => l["letterId"]!.GetValue<string>().StartsWith($"{reference}-access", StringComparison.Ordinal));
        Assert.DoesNotContain(await app.ScanAsync(app.Names.ScheduleTable), e => e.RowKey == $"export|{reference}");
    }

    [Fact]
    public async Task Reply_FromAnotherSender_StaysOffTheQuotedCaseAndOpensItsOwn()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (_, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, $"<{Guid.NewGuid():N}@mail.example>");
        var before = await app.CaseAsync(reference);

        var outcome = await app.Storage.GetRequiredService<SubjectRequestIntake>().HandleAsync(Mail(
            $"stranger.{Guid.NewGuid():N}@example.com", $"Re: Your request {reference}", "Please send the copy to this address instead."));

        var opened = Assert.IsType<IntakeOutcome.Opened>(outcome).Reference.Value;
        Assert.NotEqual(reference, opened);
        var after = await app.CaseAsync(reference);
        // The acknowledgement's delivery is recorded whenever the sender gets to it: compare the rest.
        static int Entries(JsonObject c) => c["timeline"]!.AsArray().Count(e => e!["kind"]!.GetValue<string>() != "letter_sent");
        Assert.Equal(Entries(before), Entries(after));
        Assert.DoesNotContain("send the copy", after.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(reference, (await app.CaseAsync(opened))["quotedReference"]!.GetValue<string>());
    }

    private static QueuedMessage Mail(string from, string subject, string body)
    {
        var id = Guid.NewGuid().ToString("N");
        var message = new JsonObject
        {
            ["messageId"] = $"<{id}@mail.example>", ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O"), ["channel"] = "email",
            ["from"] = from, ["fromName"] = "Stranger", ["subject"] = subject, ["body"] = body,
        };
        return new QueuedMessage("subject-requests", id, DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(message.ToJsonString()));
    }

    private static string OrderNumber() => $"WS-2026-{Random.Shared.Next(10_000_000, 99_999_999)}";

    private static async Task<(string Subject, string Email)> CustomerWithOrderAsync(RegistryApp app, string orderId)
    {
        var order = OrderJson.Valid(orderId: orderId);
        var answer = await ExpectAsync(HttpStatusCode.Created, app.PostOrderAsync(order));
        return (answer["subjectId"]!.GetValue<string>(), order["customer"]!["email"]!.GetValue<string>());
    }

    private static async Task<JsonObject> ExpectAsync(HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}

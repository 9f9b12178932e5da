using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Registry.Audit;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Support;
using Registry.Restrictions;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Staff;

/// <summary>
/// Every staff endpoint writes an audit entry. The endpoints are enumerated from the function classes, so a
/// new staff endpoint without a call here (and so without a checked audit entry) fails this test.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class StaffAuditTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryStaffEndpoint_AppendsAnAuditEntryWithWhoWhatAndWhy()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var attachment = await app.PutMailAttachmentAsync("kirje.pdf", "application/pdf", [1, 2, 3]);
        var reference = await app.OpenCaseAsync(email, "<audit-1@mail.example>", attachments: new JsonArray(attachment));
        var attachmentId = Registry.Cases.Attachments.CaseAttachment.IdFor(Registry.Intake.MessageKey.ForMessageId("<audit-1@mail.example>"), 0);
        var other = await app.OpenCaseAsync("someone.else@example.com", "<audit-2@mail.example>");
        const string raw = "From: Kanaria Canary <not json at all";
        var triage = await app.OpenTriageCaseAsync(raw, "audit-triage-1");
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await app.Storage.GetRequiredService<ISubjectRestrictions>().RestrictAsync(
            Registry.Subjects.SubjectId.Parse(subject), new Registry.Subjects.Restriction(DateTimeOffset.UtcNow, reference));
        var calls = new (string Function, HttpMethod Method, string Path, object? Body, string? Case, string? Subject)[]
        {
            (nameof(ListCases), HttpMethod.Get, "/api/staff/cases?status=awaiting_verification", null, null, null),
            (nameof(GetCase), HttpMethod.Get, $"/api/staff/cases/{reference}", null, reference, subject),
            (nameof(GetCaseOriginal), HttpMethod.Get, $"/api/staff/cases/{triage}/original", null, triage, null),
            (nameof(ListCaseAttachments), HttpMethod.Get, $"/api/staff/cases/{reference}/attachments", null, reference, subject),
            (nameof(GetCaseAttachment), HttpMethod.Get, $"/api/staff/cases/{reference}/attachments/{attachmentId}", null, reference, subject),
            (nameof(FindSubject), HttpMethod.Post, "/api/staff/subjects/search", new { email }, null, subject),
            (nameof(GetSubjectData), HttpMethod.Get, $"/api/staff/subjects/{subject}", null, null, subject),
            (nameof(LiftRestriction), HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", new { reason = "Accuracy verified" }, reference, subject),
            (nameof(AddCaseNote), HttpMethod.Post, $"/api/staff/cases/{reference}/notes", new { text = "Called the customer" }, reference, subject),
            (nameof(ExtendCase), HttpMethod.Post, $"/api/staff/cases/{reference}/extend", new { reasons = "Orders from three channels to collect" }, reference, subject),
            (nameof(LinkCaseSubject), HttpMethod.Post, $"/api/staff/cases/{other}/subject", new { subjectId = subject, reason = "Same person, other address" }, other, null),
            (nameof(VerifyCase), HttpMethod.Post, $"/api/staff/cases/{reference}/verify", new { method = "signed_letter", note = "Letter of 1 Dec" }, reference, subject),
            (nameof(DecideCase), HttpMethod.Post, $"/api/staff/cases/{reference}/decision", new { actions = new[] { "access" }, reason = "Verified access request" }, reference, subject),
            (nameof(WithdrawCase), HttpMethod.Post, $"/api/staff/cases/{reference}/withdraw", new { reason = "Customer phoned to withdraw" }, reference, subject),
            (nameof(PreviewRefusal), HttpMethod.Post, $"/api/staff/cases/{other}/refuse/preview", new { reasons = "Manifestly unfounded" }, other, subject),
            (nameof(RefuseCase), HttpMethod.Post, $"/api/staff/cases/{other}/refuse", new { reasons = "Manifestly unfounded" }, other, subject),
            ("PlaceLegalClaimHold", HttpMethod.Put, $"/api/staff/subjects/{subject}/legal-claim", new { reason = "Disputed invoice", caseReference = reference }, reference, subject),
            ("LiftLegalClaimHold", HttpMethod.Delete, $"/api/staff/subjects/{subject}/legal-claim", new { reason = "Dispute settled" }, null, subject),
            (nameof(ReadAudit), HttpMethod.Get, $"/api/staff/audit?day={today}", null, null, null),
            (nameof(ListPurgeReports), HttpMethod.Get, "/api/staff/purge-reports", null, null, null),
        };
        Assert.Equal(StaffFunctionNames().Order(), calls.Select(c => c.Function).Order());

        foreach (var call in calls)
        {
            var response = await app.SendAsync(call.Method, call.Path, StaffApp.Token(StaffRoles.PrivacyOfficer), call.Body);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{call.Function}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var entries = await app.Storage.GetRequiredService<IAuditLog>().ForDayAsync(DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var call in calls)
        {
            var entry = Assert.Single(entries, e => e.Action == call.Function);
            Assert.Equal("staff-oid-1", entry.ActorId);
            Assert.Equal("Pirjo Privacy", entry.ActorName);
            Assert.Equal(StaffRoles.PrivacyOfficer, entry.Role);
            Assert.Equal(call.Case, entry.CaseReference);
            Assert.Equal(call.Subject, entry.SubjectId?.Value);
        }

        var extended = Assert.Single(entries, e => e.Action == nameof(ExtendCase));
        Assert.Equal("Orders from three channels to collect", (await app.Storage.GetRequiredService<IAuditReasons>().OpenAsync([extended]))[0].Text);
        var original = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{triage}/original", StaffApp.Token(StaffRoles.Reader));
        Assert.Equal(raw, await original.Content.ReadAsStringAsync());
        var bySubject = await app.SendAsync(HttpMethod.Get, $"/api/staff/audit?subjectId={subject}", StaffApp.Token(StaffRoles.PrivacyOfficer));
        Assert.Contains(nameof(GetSubjectData), await bySubject.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await DecisionReachedCaseActionsAsync(app, reference);
        var letters = await LetterSink.DeliveredAsync(app.LettersFolder, app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.OutboundMailQueue));
        var refusal = letters.Single(l => l["kind"]!.GetValue<string>() == "refusal");
        Assert.Contains("tietosuoja@om.fi", refusal["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Manifestly unfounded", refusal["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Message.Contains(email, StringComparison.OrdinalIgnoreCase)
            || r.Message.Contains("Kanaria", StringComparison.Ordinal) || r.Message.Contains("Manifestly", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidTransitions_Answer409ProblemAndChangeNothing()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (_, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, "<sm-1@mail.example>");
        var officer = StaffApp.Token(StaffRoles.PrivacyOfficer);

        var decideUnverified = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/decision", officer, new { actions = new[] { "access" } });
        await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/withdraw", officer, new { reason = "withdrawn by phone" });
        // Letters so far are delivered (and their delivery written on the timeline) before the snapshot is taken.
        await LetterSink.DeliveredAsync(app.LettersFolder, app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.OutboundMailQueue));
        var before = await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", officer)).Content.ReadFromJsonAsync<JsonObject>();
        var verifyWithdrawn = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", officer, new { method = "signed_letter" });
        var refuseWithdrawn = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/refuse", officer, new { reasons = "x" });
        var after = await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", officer)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Conflict, decideUnverified.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, verifyWithdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refuseWithdrawn.StatusCode);
        Assert.Equal("application/problem+json", verifyWithdrawn.Content.Headers.ContentType!.MediaType);
        Assert.Equal("withdrawn", after!["status"]!.GetValue<string>());
        Assert.Equal(before!["timeline"]!.AsArray().Count, after["timeline"]!.AsArray().Count);
    }

    [Fact]
    public async Task FindSubject_ByOrderNumber_FindsTheCustomerUnderAnyClient()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var order = Registry.Testing.Builders.OrderJson.Valid(orderId: "WS-FIND-77");
        var subject = (await (await app.PostOrderAsync(order)).Content.ReadFromJsonAsync<JsonObject>())!["subjectId"]!.GetValue<string>();

        var found = await app.SendAsync(HttpMethod.Post, "/api/staff/subjects/search", StaffApp.Token(StaffRoles.Reader), new { orderNumber = "WS-FIND-77" });
        var missing = await app.SendAsync(HttpMethod.Post, "/api/staff/subjects/search", StaffApp.Token(StaffRoles.Reader), new { orderNumber = "WS-NONE-1" });

        Assert.Equal(subject, (await found.Content.ReadFromJsonAsync<JsonObject>())!["subjects"]![0]!.GetValue<string>());
        Assert.Empty((await missing.Content.ReadFromJsonAsync<JsonObject>())!["subjects"]!.AsArray());
    }

    [Fact]
    public async Task BadInput_Answers400NamingTheField()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (_, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, "<bad-1@mail.example>");

        var response = await app.SendAsync(HttpMethod.Post, $"/api/staff/cases/{reference}/verify", StaffApp.Token(StaffRoles.PrivacyOfficer), new { method = "carrier_pigeon" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"field\":\"method\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> StaffFunctionNames() =>
        typeof(StaffGate).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route?.StartsWith("staff/", StringComparison.Ordinal) == true))
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()!.Name);

    /// <summary>
    /// The decision is on <c>case-actions</c>, or the executor (which now has a step for access) already took it off: it
    /// then logs the case, here as "nothing to execute" because the case was withdrawn right after, or as carried out.
    /// </summary>
    private static async Task DecisionReachedCaseActionsAsync(RegistryApp app, string reference)
    {
        var queue = app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.CaseActionsQueue);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var queued = (await queue.PeekMessagesAsync(5)).Value.Select(m => JsonNode.Parse(m.Body.ToString())!["decisionId"]!.GetValue<string>());
            var executed = app.Logs.GetSnapshot().Any(r => r.Category == typeof(Registry.Execution.CaseActionExecutor).FullName && r.Message.Contains(reference, StringComparison.Ordinal));
            if (queued.Contains($"{reference}-decision") || executed)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the decision neither stayed on case-actions nor reached the executor");
            await Task.Delay(100);
        }
    }
}

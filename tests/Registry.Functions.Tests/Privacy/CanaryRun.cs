using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Registry.Cases;
using Registry.Intake;
using Registry.Privacy.Encryption;
using Registry.Subjects;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Privacy;

/// <summary>
/// Drives every flow the app has, over HTTP, with one run's <see cref="Canaries"/> in every personal
/// field: what a scan of logs, answers or storage afterwards must not find in the clear. Each step checks
/// its status code, so a flow that stopped working fails the run instead of quietly scanning nothing.
/// </summary>
public sealed class CanaryRun(RegistryApp app)
{
    private const string StoreSecret = "whsec_REVWLU9OTFkgc3RvcmUtaGVsc2lua2kgc2VjcmV0IDAgISE=";

    private readonly List<CanaryResponse> _responses = [];

    public Canaries Canaries { get; } = Canaries.New();

    /// <summary>Every answer of the run, in order.</summary>
    public IReadOnlyList<CanaryResponse> Responses => _responses;

    /// <summary>The reference of the canary person's subject-request case.</summary>
    public string? CaseReference { get; private set; }

    /// <summary>The subject id the register gave the canary person (an identifier logs should carry).</summary>
    public string? SubjectId { get; private set; }

    public async Task DriveEveryFlowAsync()
    {
        var orderId = $"WS-CANARY-{Guid.NewGuid():N}"[..24];
        var first = await SendAsync("new customer's order", HttpStatusCode.Created, app.PostOrderAsync(Order(orderId)));
        SubjectId = JsonNode.Parse(first)!["subjectId"]!.GetValue<string>();
        await SendAsync("same order retried", HttpStatusCode.OK, app.PostOrderAsync(Order(orderId)));
        await SendAsync("second order, changed details", HttpStatusCode.Created, app.PostOrderAsync(ChangedDetailsOrder()));
        await SendAsync("order id reused with other content", HttpStatusCode.Conflict, app.PostOrderAsync(ConflictingOrder(orderId)));
        await SendAsync("billing update", HttpStatusCode.OK, app.SendSignedAsync(
            HttpMethod.Put, $"/api/orders/{orderId}/billing", Billing(orderId, "paid")));
        await SendAsync("billing update, invalid", HttpStatusCode.BadRequest, app.SendSignedAsync(
            HttpMethod.Put, $"/api/orders/{orderId}/billing", Billing(orderId, Canaries.FirstName)));
        await SendAsync("billing update, unknown order", HttpStatusCode.NotFound, app.SendSignedAsync(
            HttpMethod.Put, "/api/orders/WS-NO-SUCH-ORDER/billing", Billing("WS-NO-SUCH-ORDER", "paid")));
        await SendAsync("invalid fields", HttpStatusCode.BadRequest, app.PostOrderAsync(InvalidOrder()));
        await SendAsync("wrong JSON type", HttpStatusCode.BadRequest, app.SendSignedAsync(
            HttpMethod.Post, "/api/orders", WrongTypeOrder().ToJsonString()));
        await SendAsync("malformed JSON", HttpStatusCode.BadRequest, app.SendSignedAsync(
            HttpMethod.Post, "/api/orders", $$"""{"customer":{"{{Canaries.Street}}":"{{Canaries.Email}}","firstName":"{{Canaries.FirstName}}" """));
        await SendAsync("channel not allowed", HttpStatusCode.Forbidden, app.PostOrderAsync(Order($"{orderId}-S"), StoreSecret));
        await SendAsync("bad signature", HttpStatusCode.Unauthorized, app.PostOrderAsync(Order($"{orderId}-X"), "whsec_" + Convert.ToBase64String(new byte[32])));
        await SendAsync("wrong content type", HttpStatusCode.UnsupportedMediaType, app.SendSignedAsync(
            HttpMethod.Post, "/api/orders", Order($"{orderId}-T").ToJsonString(), contentType: "text/plain"));
        await SendAsync("health", HttpStatusCode.OK, app.Client.GetAsync(new Uri("/api/health", UriKind.Relative)));
        await RewrapAsync();
        await SubjectRequestsAsync();
        await CarryOutDecisionAsync();
        await ReadThenShredAsync();
    }

    /// <summary>
    /// The privacy mailbox: a request from the canary person with an attachment the connector stored (canary name and
    /// text), and a message too broken to read that keeps its original.
    /// </summary>
    private async Task SubjectRequestsAsync()
    {
        var intake = app.Storage.GetRequiredService<SubjectRequestIntake>();
        var message = new JsonObject
        {
            ["messageId"] = $"<{Guid.NewGuid():N}@mail.example>",
            ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["channel"] = "email",
            ["from"] = Canaries.Email,
            ["fromName"] = $"{Canaries.FirstName} {Canaries.LastName}",
            ["subject"] = $"Tietopyyntö {Canaries.LastName}",
            ["body"] = $"Hei, haluan kopion tiedoistani. Osoitteeni on {Canaries.Street}, puhelin {Canaries.Phone}. t. {Canaries.FirstName}",
            ["attachments"] = new JsonArray(await app.PutMailAttachmentAsync(
                $"{Canaries.AttachmentName}.pdf", "application/pdf", Encoding.UTF8.GetBytes($"%PDF-1.4 {Canaries.AttachmentText} {Canaries.Street}"))),
        };
        var opened = await intake.HandleAsync(new QueuedMessage("subject-requests", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(message.ToJsonString())));
        CaseReference = opened.Reference.Value;
        var broken = $"{{\"from\": \"{Canaries.Email}\", \"body\": \"{Canaries.Street} — not valid JSON";
        var triage = await intake.HandleAsync(new QueuedMessage("subject-requests", Guid.NewGuid().ToString(), DateTimeOffset.UtcNow, Encoding.UTF8.GetBytes(broken)));
        Assert.NotEqual(opened.Reference, triage.Reference);
        var stored = await app.Storage.GetRequiredService<ICaseStore>().GetAsync(opened.Reference);
        Assert.Equal(Canaries.Email, stored!.Case.Requester.Email);
    }

    /// <summary>
    /// The officer decides a rectification to canary values (after one with a canary in a bad value, refused) and a
    /// restriction; the executor carries both out (called here: the default case-actions queue is shared by parallel
    /// test apps); then the officer lifts the restriction. Every note, reason and <c>X-Audit-Reason</c> holds a canary.
    /// </summary>
    private async Task CarryOutDecisionAsync()
    {
        var officer = StaffApp.Token(Registry.Functions.Staff.StaffRoles.PrivacyOfficer);
        var cases = $"/api/staff/cases/{CaseReference}";
        await SendAsync("a note", HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"{cases}/notes", officer, new { text = $"{Canaries.Note} soitti, {Canaries.Phone}" }));
        await SendAsync("verify the case", HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"{cases}/verify", officer, new { method = "signed_letter", note = $"{Canaries.Note} {Canaries.FirstName}" }));
        await SendAsync("decide a rectification, bad value", HttpStatusCode.BadRequest, app.SendAsync(HttpMethod.Post, $"{cases}/decision", officer, new
        {
            actions = new[] { "rectification" },
            rectification = new { changes = new[] { new { field = "email", value = Canaries.Email.Replace("@", "@@", StringComparison.Ordinal), grounds = Canaries.Street } } },
        }));
        await SendAsync("decide a rectification and a restriction", HttpStatusCode.OK, app.SendAsync(HttpMethod.Post, $"{cases}/decision", officer, new
        {
            actions = new[] { "rectification", "restriction" },
            reason = $"{Canaries.Reason} {Canaries.LastName}",
            rectification = new
            {
                changes = new object[]
                {
                    new { field = "lastName", value = Canaries.NewLastName, grounds = $"Letter from {Canaries.FirstName}" },
                    new { field = "postalAddress", value = new { street = Canaries.NewStreet, postalCode = "00100", city = "Helsinki", country = "FI" }, grounds = "Moved" },
                },
            },
        }));
        var executed = await app.Storage.GetRequiredService<Registry.Execution.CaseActionExecutor>().ExecuteAsync(
            new Registry.Cases.Work.CaseActionMessage($"{CaseReference}-decision", CaseReference!, SubjectId!, ["rectification", "restriction"], "staff-oid-1", DateTimeOffset.UtcNow));
        Assert.IsNotType<Registry.Execution.ExecutionOutcome.UnknownCase>(executed);
        await SendAsync("find the restricted subject, with a reason", HttpStatusCode.OK, app.SendWithReasonAsync(
            HttpMethod.Post, "/api/staff/subjects/search", officer, $"{Canaries.AuditReason} {Canaries.FirstName}", new { email = Canaries.Email }));
        await SendAsync("list cases, with a reason", HttpStatusCode.OK, app.GetWithReasonAsync("/api/staff/cases", officer, Canaries.AuditReason));
        await SendAsync("place a legal claim", HttpStatusCode.OK, app.SendAsync(HttpMethod.Put, $"/api/staff/subjects/{SubjectId}/legal-claim", officer, new { reason = $"{Canaries.Reason} riita", caseReference = CaseReference }));
        await SendAsync("lift the legal claim", HttpStatusCode.OK, app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{SubjectId}/legal-claim", officer, new { reason = Canaries.Reason }));
        await SendAsync("lift the restriction", HttpStatusCode.OK, app.SendAsync(HttpMethod.Delete, $"/api/staff/subjects/{SubjectId}/restriction", officer, new { reason = $"{Canaries.Reason} tarkistettu" }));
    }

    /// <summary>The key re-wrap as an operator runs it: the admin endpoint, then its report in the log.</summary>
    private async Task RewrapAsync()
    {
        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        await SendAsync("re-wrap data keys", HttpStatusCode.Accepted, app.Client.PostAsync(new Uri("/admin/functions/RewrapDataKeys", UriKind.Relative), body));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!app.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Re-wrap to key-encryption key version", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "RewrapDataKeys did not report within 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>The register reads the person back (their values really are stored), then destroys their profile key.</summary>
    private async Task ReadThenShredAsync()
    {
        var subject = Registry.Subjects.SubjectId.Parse(SubjectId!);
        var reader = app.Storage.GetRequiredService<ISubjectReader>();
        Assert.Equal(Canaries.FirstName, (await reader.ReadAsync(subject))!.Profile!.FirstName!.Value);
        await app.Storage.GetRequiredService<IDataKeys>().ShredAsync(subject, DataScope.Profile);
        Assert.True((await reader.ReadAsync(subject))!.Profile!.Erased);
    }

    private JsonObject Order(string orderId)
    {
        var order = OrderJson.Valid(orderId: orderId, email: Canaries.Email);
        var customer = order["customer"]!;
        customer["firstName"] = Canaries.FirstName;
        customer["lastName"] = Canaries.LastName;
        customer["phone"] = Canaries.Phone;
        customer["organisation"]!["name"] = Canaries.Organisation;
        customer["address"]!["street"] = Canaries.Street;
        order["lines"]![0]!["description"] = Canaries.LineDescription;
        return order;
    }

    private JsonObject ChangedDetailsOrder()
    {
        var order = Order($"WS-CANARY-{Guid.NewGuid():N}"[..24]);
        order["placedAt"] = "2026-11-21T09:00:00+02:00";
        order["customer"]!["lastName"] = Canaries.NewLastName;
        order["customer"]!["phone"] = Canaries.NewPhone;
        order["customer"]!["address"]!["street"] = Canaries.NewStreet;
        return order;
    }

    private JsonObject ConflictingOrder(string orderId)
    {
        var order = Order(orderId);
        order["total"] = 99.80m;
        order["lines"]![0]!["unitPrice"] = 49.85m;
        order["lines"]![1]!["unitPrice"] = 0.10m;
        return order;
    }

    /// <summary>Canaries in fields that fail: a phone with the canary's digits, a postal code, a malformed e-mail.</summary>
    private JsonObject InvalidOrder()
    {
        var order = Order($"WS-CANARY-{Guid.NewGuid():N}"[..24]);
        order["customer"]!["phone"] = Canaries.Phone + "00000000";
        order["customer"]!["email"] = Canaries.Email.Replace("@", "@@", StringComparison.Ordinal);
        order["customer"]!["address"]!["postalCode"] = Canaries.BadPostalCode;
        order["customer"]!["organisation"]!["businessId"] = "2537284-6";
        return order;
    }

    /// <summary>An object where the e-mail string belongs, keyed by the canary e-mail, beside a canary name.</summary>
    private JsonObject WrongTypeOrder() => new()
    {
        ["orderId"] = "WS-BAD-TYPE",
        ["customer"] = new JsonObject { ["lastName"] = Canaries.LastName, ["email"] = new JsonObject { [Canaries.Email] = 1 } },
    };

    private static string Billing(string orderId, string status) =>
        new JsonObject { ["orderId"] = orderId, ["status"] = status, ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.ToJsonString();

    private async Task<string> SendAsync(string step, HttpStatusCode expected, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        _responses.Add(new CanaryResponse(step, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        Assert.True(expected == response.StatusCode, $"{step}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        return body;
    }
}

/// <summary>One answer of a <see cref="CanaryRun"/>.</summary>
public sealed record CanaryResponse(string Step, HttpStatusCode Status, string? MediaType, string Body);

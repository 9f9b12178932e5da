using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Intake;

/// <summary>
/// Delivery reports (bounces) that reach the privacy mailbox, through the subject-requests queue: one for a letter of
/// the register lands on that letter's case as letter_bounced; one that names nothing the register holds changes
/// nothing and opens no case.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class BounceIntakeTests(AzuriteFixture azurite)
{
    private readonly string _requests = UniqueNames.Queue("requests");
    private readonly string _cases = UniqueNames.Table("Cases");

    [Fact]
    public async Task NonDeliveryReport_OfAnAcknowledgement_LandsOnItsCaseAndOpensNoCase()
    {
        await using var app = await StartAsync();
        await SendAsync(Request());
        await WaitForAsync(async () => (await CaseRowsAsync(app)).Count == 1);
        await LetterSink.WaitForAsync(app.LettersFolder, "DSR-2026-0001-acknowledgement");

        // The report quotes the letter's headers only: no case reference in its subject
        await SendAsync(Report("<ndr-1@mx.example.net>", "Undeliverable: your message",
            "Delivery has failed to these recipients or groups.\n\nOriginal message headers:\nMessage-ID: <DSR-2026-0001-acknowledgement@tailorframe.example>\nX-Registry-Letter-Id: DSR-2026-0001-acknowledgement\n"));

        var timeline = await WaitForBounceAsync(app, "DSR-2026-0001");
        Assert.Contains("\"kind\":\"letter_bounced\"", timeline, StringComparison.Ordinal);
        Assert.Contains("DSR-2026-0001-acknowledgement came back undelivered.", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Delivery has failed", timeline, StringComparison.Ordinal);
        Assert.Single(await CaseRowsAsync(app));
    }

    [Fact]
    public async Task NonDeliveryReport_MatchingNothing_ChangesNothingAndOpensNoCase()
    {
        await using var app = await StartAsync();
        await SendAsync(Request());
        await WaitForAsync(async () => (await CaseRowsAsync(app)).Count == 1);
        await LetterSink.WaitForAsync(app.LettersFolder, "DSR-2026-0001-acknowledgement");
        var before = await AllRowsAsync(app);

        await SendAsync(Report("<ndr-2@mx.example.net>", "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\nMessage-ID: <CAF-unrelated-42@mail.example>\n"));
        await SendAsync(Report("<ndr-3@mx.example.net>", "Delivery Status Notification (Failure) DSR-2026-0099",
            "Message-ID: <DSR-2026-0099-acknowledgement@tailorframe.example>\n"));

        await WaitForAsync(async () => await QueueEmptyAsync());
        await Task.Delay(TimeSpan.FromSeconds(2)); // let the last delivery finish
        Assert.Equal(before, await AllRowsAsync(app));
        Assert.Equal(["DSR-2026-0001-acknowledgement"], LetterSink.Read(app.LettersFolder).Select(l => l["letterId"]!.GetValue<string>()));
    }

    private Task<RegistryApp> StartAsync() =>
        RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RegistrySubjectRequestsQueue"] = _requests,
            ["Registry__Storage__CasesTable"] = _cases,
        });

    private static JsonObject Request() => new()
    {
        ["messageId"] = "<bounce-case-1@mail.example>",
        ["receivedAt"] = "2026-11-24T09:15:00+02:00",
        ["channel"] = "email",
        ["from"] = "kanaria.canary@example.fi",
        ["fromName"] = "Kanaria Canary",
        ["subject"] = "Subject access request",
        ["body"] = "Please send me a copy of all personal data you hold about me.",
    };

    private static JsonObject Report(string messageId, string subject, string body) => new()
    {
        ["messageId"] = messageId,
        ["receivedAt"] = "2026-11-24T10:00:00+02:00",
        ["channel"] = "email",
        ["from"] = "MAILER-DAEMON@mx.example.net",
        ["fromName"] = "Mail Delivery System",
        ["subject"] = subject,
        ["body"] = body,
    };

    private QueueClient Queue() => new QueueServiceClient(azurite.ConnectionString).GetQueueClient(_requests);

    private async Task SendAsync(JsonObject message)
    {
        var queue = Queue();
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(message.ToJsonString());
    }

    private async Task<bool> QueueEmptyAsync() =>
        (await Queue().GetPropertiesAsync()).Value.ApproximateMessagesCount == 0;

    private async Task<List<TableEntity>> CaseRowsAsync(RegistryApp app) =>
        (await app.ScanAsync(_cases)).Where(e => e.RowKey == "case").ToList();

    private async Task<List<string>> AllRowsAsync(RegistryApp app) =>
        (await app.ScanAsync(_cases)).Select(e => $"{e.PartitionKey}/{e.RowKey}/{e.ETag}").Order(StringComparer.Ordinal).ToList();

    private static async Task<string> WaitForBounceAsync(RegistryApp app, string reference)
    {
        var token = StaffApp.Token(StaffRoles.PrivacyOfficer);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/staff/cases/{reference}");
            request.Headers.Authorization = new("Bearer", token);
            request.Headers.Add("X-Audit-Reason", "bounce test");
            var answer = await (await app.Client.SendAsync(request)).Content.ReadAsStringAsync();
            if (answer.Contains("letter_bounced", StringComparison.Ordinal))
            {
                return answer;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"No letter_bounced on {reference}: {answer}");
            await Task.Delay(200);
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> done)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Gave up waiting for intake.");
            await Task.Delay(100);
        }
    }
}

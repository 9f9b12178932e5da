using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Intake;

/// <summary>The intake queue triggers, run by the dev host on Azurite, with queues of their own.</summary>
[Collection(AzuriteCollection.Name)]
public class IntakeQueueTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SubjectRequest_SentTwice_OpensOneCaseAndAcknowledges()
    {
        await using var app = await StartAsync();
        var message = Message();

        await SendAsync(app, app.Names.SubjectRequestsQueue, message.ToJsonString());
        await SendAsync(app, app.Names.SubjectRequestsQueue, message.ToJsonString());

        var cases = await WaitForCasesAsync(app, c => c.Any(e => e.GetBoolean("Acknowledged") == true));
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the second delivery run too
        Assert.Single(await CaseRowsAsync(app));
        Assert.Equal("awaiting_verification", cases[0].GetString("Status"));
        // Both deliveries may queue the acknowledgement's reference; the sender sends the letter id once and holds a
        // duplicate that arrives while the first is being sent until its lease ends, so wait for the letter, not for an
        // empty queue.
        await LetterSink.WaitForAsync(app.LettersFolder, "DSR-2026-0001-acknowledgement");
        Assert.Equal(["DSR-2026-0001-acknowledgement"], LetterSink.Read(app.LettersFolder).Select(l => l["letterId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task WalkThroughSample_OpensAnAccessAndErasureCaseInFinnish()
    {
        await using var app = await StartAsync();

        await SendAsync(app, app.Names.SubjectRequestsQueue, await File.ReadAllTextAsync(Path.Combine(Registry.Testing.RepoPaths.Root, "samples", "subject-request-fi.json")));

        var cases = await WaitForCasesAsync(app, c => c.Count == 1);
        Assert.Equal("access,erasure", cases[0].GetString("Types"));
        Assert.Equal("fi", cases[0].GetString("Language"));
        Assert.Equal("2026-12-28", cases[0].GetString("DueOn"));
    }

    [Fact]
    public async Task PoisonMessage_BecomesATriageCase()
    {
        await using var app = await StartAsync();

        await SendAsync(app, $"{app.Names.SubjectRequestsQueue}-poison", "{\"messageId\": truncated");

        var cases = await WaitForCasesAsync(app, c => c.Count == 1);
        Assert.Equal("poison", cases[0].GetString("Triage"));
        Assert.StartsWith("subject-requests-poison/", cases[0].GetString("OriginalBlob"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidMessage_IsNotRetriedButOpensATriageCase()
    {
        await using var app = await StartAsync();

        await SendAsync(app, app.Names.SubjectRequestsQueue, "not json at all");

        var cases = await WaitForCasesAsync(app, c => c.Count == 1);
        Assert.Equal("invalid_message", cases[0].GetString("Triage"));
        var poison = await app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient($"{app.Names.SubjectRequestsQueue}-poison").PeekMessagesAsync(1);
        Assert.Empty(poison.Value);
    }

    private Task<RegistryApp> StartAsync() => RegistryApp.StartAsync(azurite.ConnectionString);

    private static JsonObject Message() => new()
    {
        ["messageId"] = "<fn-1@mail.example>",
        ["receivedAt"] = "2026-11-24T09:15:00+02:00",
        ["channel"] = "email",
        ["from"] = "kanaria.canary@example.fi",
        ["fromName"] = "Kanaria Canary",
        ["subject"] = "Subject access request",
        ["body"] = "Please send me a copy of all personal data you hold about me.",
    };

    private static async Task SendAsync(RegistryApp app, string queue, string body)
    {
        var client = app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(queue);
        await client.CreateIfNotExistsAsync();
        await client.SendMessageAsync(body);
    }

    private static async Task<List<TableEntity>> CaseRowsAsync(RegistryApp app) =>
        (await app.ScanAsync(app.Names.CasesTable)).Where(e => e.RowKey == "case").ToList();

    private static async Task<List<TableEntity>> WaitForCasesAsync(RegistryApp app, Func<List<TableEntity>, bool> done)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var cases = await CaseRowsAsync(app);
            if (done(cases))
            {
                return cases;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Gave up waiting for intake.");
            await Task.Delay(100);
        }
    }
}

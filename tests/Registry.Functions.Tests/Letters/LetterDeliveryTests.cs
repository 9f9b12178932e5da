using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Letters;

/// <summary>
/// The sender drains outbound-mail into the app's local sink, each letter id at most once, and records each delivery on
/// the case's timeline; seen only across the process boundary: the sink folder, the queue, the Cases table and HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class LetterDeliveryTests(AzuriteFixture azurite)
{
    private readonly string _requests = UniqueNames.Queue("requests");
    private readonly string _mail = UniqueNames.Queue("mail");
    private readonly string _cases = UniqueNames.Table("Cases");

    private QueueClient Mail => new QueueServiceClient(azurite.ConnectionString).GetQueueClient(_mail);

    private TableClient Cases => new TableServiceClient(azurite.ConnectionString).GetTableClient(_cases);

    [Fact]
    public async Task Acknowledgement_ReferenceRedelivered_IsSentOnceAndRecordedOnce()
    {
        await using var app = await StartAsync();
        var (reference, letterId, sent) = await AcknowledgedAsync(app);

        await Mail.SendMessageAsync($$"""{"letterId":"{{letterId}}","caseReference":"{{reference}}"}""");
        await Mail.SendMessageAsync($$"""{"letterId":"{{letterId}}","caseReference":"{{reference}}"}""");
        await LetterSink.DeliveredAsync(app.LettersFolder, Mail);

        Assert.Single(LetterSink.Read(app.LettersFolder), l => l["letterId"]!.GetValue<string>() == letterId);
        Assert.Equal(sent, await File.ReadAllBytesAsync(SinkFile(app, letterId)));
        Assert.Single(await TimelineAsync(app, reference), e => e["kind"]!.GetValue<string>() == "letter_sent");
        Assert.Equal("sent", (await Cases.GetEntityAsync<TableEntity>(reference, $"letter|{letterId}")).Value.GetString("State"));
    }

    [Fact]
    public async Task Acknowledgement_SenderCrashedBetweenSendAndRecord_IsRecordedWithoutSendingAgain()
    {
        await using var app = await StartAsync();
        var (reference, letterId, sent) = await AcknowledgedAsync(app);
        await CrashAfterClaimAsync(reference, letterId);

        await Mail.SendMessageAsync($$"""{"letterId":"{{letterId}}","caseReference":"{{reference}}"}""");
        await LetterSink.DeliveredAsync(app.LettersFolder, Mail);

        Assert.Equal(sent, await File.ReadAllBytesAsync(SinkFile(app, letterId)));
        var recorded = Assert.Single(await TimelineAsync(app, reference), e => e["kind"]!.GetValue<string>() == "letter_sent");
        Assert.Equal($"{letterId} (recorded after a restart)", recorded["detail"]!.GetValue<string>());
        Assert.Equal("sent", (await Cases.GetEntityAsync<TableEntity>(reference, $"letter|{letterId}")).Value.GetString("State"));
    }

    [Fact]
    public async Task Acknowledgement_SenderCrashedBeforeTheMailSystemTookIt_IsSentOnRedelivery()
    {
        await using var app = await StartAsync();
        var (reference, letterId, _) = await AcknowledgedAsync(app);
        await CrashAfterClaimAsync(reference, letterId);
        File.Delete(SinkFile(app, letterId));

        await Mail.SendMessageAsync($$"""{"letterId":"{{letterId}}","caseReference":"{{reference}}"}""");
        await LetterSink.DeliveredAsync(app.LettersFolder, Mail);

        var letter = Assert.Single(LetterSink.Read(app.LettersFolder));
        Assert.Equal("kanaria.kirje@example.fi", letter["to"]!.GetValue<string>());
        Assert.Single(await TimelineAsync(app, reference), e => e["kind"]!.GetValue<string>() == "letter_sent");
    }

    /// <summary>Opens a case through the intake queue and waits for its acknowledgement in the sink and on the timeline.</summary>
    private async Task<(string Reference, string LetterId, byte[] Sent)> AcknowledgedAsync(RegistryApp app)
    {
        var requests = new QueueServiceClient(azurite.ConnectionString).GetQueueClient(_requests);
        await requests.SendMessageAsync(new JsonObject
        {
            ["messageId"] = $"<{Guid.NewGuid():N}@mail.example>",
            ["receivedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channel"] = "email",
            ["from"] = "kanaria.kirje@example.fi",
            ["fromName"] = "Kanaria Kirje",
            ["subject"] = "Subject access request",
            ["body"] = "Please send me a copy of all personal data you hold about me.",
        }.ToJsonString());
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var letters = LetterSink.Read(app.LettersFolder);
            if (letters.Count == 1 && await LetterSentAsync(app, letters[0]) is { } reference)
            {
                var letterId = letters[0]["letterId"]!.GetValue<string>();
                Assert.Equal($"{reference}-acknowledgement", letterId);
                return (reference, letterId, await File.ReadAllBytesAsync(SinkFile(app, letterId)));
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(40), "The acknowledgement was not delivered and recorded.");
            await Task.Delay(200);
        }
    }

    private static async Task<string?> LetterSentAsync(RegistryApp app, JsonObject letter)
    {
        var reference = letter["letterId"]!.GetValue<string>()[..13];
        return (await TimelineAsync(app, reference)).Any(e => e["kind"]!.GetValue<string>() == "letter_sent") ? reference : null;
    }

    /// <summary>What a crash between claim and record leaves: the row claimed long ago, no timeline entry.</summary>
    private async Task CrashAfterClaimAsync(string reference, string letterId)
    {
        var row = (await Cases.GetEntityAsync<TableEntity>(reference, $"letter|{letterId}")).Value;
        row["State"] = "sending";
        row["SendingSince"] = DateTimeOffset.UtcNow.AddMinutes(-10);
        await Cases.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
        await foreach (var entry in Cases.QueryAsync<TableEntity>(e => e.PartitionKey == reference))
        {
            if (entry.GetString("Kind") == "letter_sent")
            {
                await Cases.DeleteEntityAsync(entry.PartitionKey, entry.RowKey);
            }
        }
    }

    private static async Task<List<JsonObject>> TimelineAsync(RegistryApp app, string reference)
    {
        var response = await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", StaffApp.Token(StaffRoles.PrivacyOfficer));
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var found = await response.Content.ReadFromJsonAsync<JsonObject>();
        return found!["timeline"]!.AsArray().Select(e => e!.AsObject()).ToList();
    }

    private static string SinkFile(RegistryApp app, string letterId) => Path.Combine(app.LettersFolder, $"{letterId}.eml");

    private Task<RegistryApp> StartAsync() =>
        RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RegistrySubjectRequestsQueue"] = _requests,
            ["RegistryOutboundMailQueue"] = _mail,
            ["Registry__Storage__CasesTable"] = _cases,
        });
}

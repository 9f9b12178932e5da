using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Intake;

/// <summary>
/// A Swedish mail through the intake queue to its Swedish acknowledgement, seen only from outside the app: the queues
/// through clients of our own on the connection string, the case through the staff API over HTTP.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class SwedishIntakeTests(AzuriteFixture azurite)
{
    private readonly string requests = UniqueNames.Queue("requests");

    private readonly string mail = UniqueNames.Queue("mail");

    [Fact]
    public async Task SwedishRequest_OpensASwedishCase_AndIsAcknowledgedInSwedish()
    {
        await using var app = await StartAsync();

        await Queue(requests).SendMessageAsync(await File.ReadAllTextAsync(Path.Combine(Registry.Testing.RepoPaths.Root, "samples", "subject-request-sv.json")));

        var letter = await AcknowledgementAsync(app.LettersFolder);
        Assert.Equal("karin.lindqvist@example.fi", letter["to"]!.GetValue<string>());
        var reference = letter["letterId"]!.GetValue<string>()[..^"-acknowledgement".Length];
        Assert.Equal($"Vi har tagit emot din begäran om dataskydd ({reference})", letter["subject"]!.GetValue<string>());
        var body = letter["body"]!.GetValue<string>();
        Assert.StartsWith("Bästa Karin Lindqvist,", body, StringComparison.Ordinal);
        Assert.Contains("tillgång till dina personuppgifter och en kopia av dem; radering av dina uppgifter", body, StringComparison.Ordinal);
        Assert.Contains("senast den 28 december 2026", body, StringComparison.Ordinal);
        Assert.Contains("kontrollerar vi din identitet", body, StringComparison.Ordinal);

        var view = (await (await app.SendAsync(HttpMethod.Get, $"/api/staff/cases/{reference}", StaffApp.Token("Registry.Reader"))).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("sv", view["language"]!.GetValue<string>());
        Assert.Equal(["access", "erasure"], view["types"]!.AsArray().Select(t => t!.GetValue<string>()));
        var reasons = view["classifiedBy"]!.AsArray().Select(r => $"{r!["type"]} {r["rule"]} {r["matched"]}").ToList();
        Assert.Contains("access lexicon sv: kopia personuppgift", reasons);
        Assert.Contains("erasure lexicon sv: radera", reasons);
    }

    private Task<RegistryApp> StartAsync() =>
        RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["RegistrySubjectRequestsQueue"] = requests,
            ["RegistryOutboundMailQueue"] = mail,
        });

    private static async Task<JsonObject> AcknowledgementAsync(string folder)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (LetterSink.Read(folder).Find(l => l["kind"]!.GetValue<string>() == "acknowledgement") is { } letter)
            {
                return letter;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("No acknowledgement was delivered to the letter sink.");
    }

    private QueueClient Queue(string name)
    {
        var client = new QueueClient(azurite.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        client.CreateIfNotExists();
        return client;
    }
}

using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Privacy;

/// <summary>D9: canary personal values sent through every flow appear in no log record and no answer.</summary>
[Collection(AzuriteCollection.Name)]
public class NoPersonalDataTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryFlow_WithCanaryValues_LogsNoneOfThem()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var run = new CanaryRun(app);

        await run.DriveEveryFlowAsync();

        var logs = app.Logs.GetSnapshot();
        var leaks = logs
            .SelectMany(record => LogRecordText.Parts(record)
                .SelectMany(part => run.Canaries.FoundIn(part.Text).Select(field => $"{field} in {part.Part} of [{record.Category}] {record.Message}")))
            .ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));

        // The scan saw the app's own log lines: the stored order is logged, by its identifiers.
        Assert.Contains(logs, record => record.Message.Contains(run.SubjectId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryFlow_WithCanaryValues_NoAnswerEchoesThem()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var run = new CanaryRun(app);

        await run.DriveEveryFlowAsync();

        var echoes = run.Responses
            .SelectMany(response => run.Canaries.FoundIn(response.Body).Select(field => $"{field} in the {(int)response.Status} answer to '{response.Step}': {response.Body}"))
            .ToList();
        Assert.True(echoes.Count == 0, string.Join(Environment.NewLine, echoes));
        Assert.Contains(run.Responses, response => response.MediaType == "application/problem+json");
    }
}

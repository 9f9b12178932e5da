using Registry.Cases;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

/// <summary>
/// A crash at any storage request of intake, before or after storage applied it, followed by the queue's
/// redelivery, leaves one case, one message marker, and acknowledgements that all carry one letter id.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class IntakeCrashAndRetryTests(AzuriteFixture azurite)
{
    public static TheoryData<int, bool> CrashPoints()
    {
        var data = new TheoryData<int, bool>();
        for (var request = 1; request <= 10; request++)
        {
            data.Add(request, false);
            data.Add(request, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task Handle_CrashAtAnyRequestThenRedelivery_LeavesOneCaseAndOneLetterId(int failAt, bool afterSending)
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var message = IntakeHarness.Queued(IntakeHarness.Message());

        registry.Faults.Reset(failAt, afterSending);
        var firstAttempt = await Record.ExceptionAsync(() => registry.Intake().HandleAsync(message));
        registry.Faults.Reset(0, false);
        var retry = await registry.Intake().HandleAsync(message);

        Assert.NotNull(firstAttempt);
        var rows = await registry.ScanAsync(registry.Names.CasesTable);
        var caseRow = Assert.Single(rows, e => e.RowKey == "case");
        Assert.Equal(retry.Reference.Value, caseRow.PartitionKey);
        Assert.Single(rows, e => e.RowKey == "marker");
        Assert.True(caseRow.GetBoolean("Acknowledged"));
        Assert.Equal("awaiting_verification", caseRow.GetString("Status"));
        var letters = await registry.LettersAsync();
        Assert.NotEmpty(letters);
        Assert.Equal([$"{retry.Reference.Value}-acknowledgement"], letters.Select(l => l["letterId"]!.GetValue<string>()).Distinct());
        var timeline = await registry.Get<ICaseStore>().TimelineAsync(retry.Reference);
        Assert.Equal([CaseEventKind.Opened, CaseEventKind.Acknowledged], timeline.Select(e => e.Kind));
    }
}

using Registry.Orders.Ingest;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Orders;

/// <summary>
/// A crash at any storage request of an order, before or after storage applied it, followed by the
/// client's retry, leaves exactly one correct state: one subject, one order, one claim, one answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class CrashAndRetryTests(AzuriteFixture azurite)
{
    public static TheoryData<int, bool> CrashPoints()
    {
        var data = new TheoryData<int, bool>();
        for (var request = 1; request <= 6; request++)
        {
            data.Add(request, false);
            data.Add(request, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task Ingest_CrashAtAnyRequestThenRetry_LeavesOneCorrectState(int failAt, bool afterSending)
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();

        registry.Faults.Reset(failAt, afterSending);
        var firstAttempt = await Record.ExceptionAsync(() => registry.IngestAsync(order));
        registry.Faults.Reset(0, false);
        var retry = await registry.IngestAsync(order);

        Assert.NotNull(firstAttempt);
        var (subject, orderRef) = retry switch
        {
            IngestOrderOutcome.Created c => (c.Subject, c.Order),
            IngestOrderOutcome.AlreadyStored s => (s.Subject, s.Order),
            _ => throw new InvalidOperationException($"Unexpected {retry}"),
        };
        var subjects = await registry.ScanAsync(registry.Names.SubjectsTable);
        Assert.Equal([subject.Value], subjects.Select(e => e.PartitionKey).Distinct());
        Assert.Equal([$"order|{orderRef}"], subjects.Where(e => e.RowKey.StartsWith("order|", StringComparison.Ordinal)).Select(e => e.RowKey));
        Assert.Single(subjects, e => e.RowKey == "profile");
        var lookups = await registry.ScanAsync(registry.Names.LookupTable);
        Assert.Single(lookups, e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal) && e.GetString("SubjectId") == subject.Value);
        Assert.Single(lookups, e => e.PartitionKey.StartsWith("order|", StringComparison.Ordinal) && e.GetString("OrderRef") == orderRef.Value);
        Assert.Contains(await registry.ScanAsync(registry.Names.ScheduleTable), e => e.GetString("Target") == subject.Value);
    }

    [Fact]
    public async Task Ingest_AnswerLostAfterCommit_RetryAnswersAlreadyStored()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();

        registry.Faults.Reset(6, afterSending: true); // the transaction is the 6th request of a new customer's order (after the suppression read)
        await Assert.ThrowsAnyAsync<Exception>(() => registry.IngestAsync(order));
        registry.Faults.Reset(0, false);

        Assert.IsType<IngestOrderOutcome.AlreadyStored>(await registry.IngestAsync(order));
    }
}

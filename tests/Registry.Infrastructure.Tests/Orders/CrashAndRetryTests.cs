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
        for (var request = 1; request <= 5; request++)
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

    public static TheoryData<int, bool> SuppressedAddressCrashPoints()
    {
        var data = new TheoryData<int, bool>();
        for (var request = 1; request <= 7; request++)
        {
            data.Add(request, false);
            data.Add(request, true);
        }

        return data;
    }

    /// <summary>
    /// An address on the suppression list with nobody behind it: the first order takes its lookup entry over (read, insert
    /// refused, read, update at that version, claim, schedule, commit). A crash at any of those leaves a state the retry
    /// completes, with one person who keeps the objection.
    /// </summary>
    [Theory]
    [MemberData(nameof(SuppressedAddressCrashPoints))]
    public async Task Ingest_SuppressedAddressCrashAtAnyRequestThenRetry_LeavesOnePersonWhoStaysObjected(int failAt, bool afterSending)
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"crash.{Guid.NewGuid():N}@example.fi";
        var objectedAt = RegistryHarness.DefaultNow.AddYears(-1);
        await registry.Get<Registry.Preferences.ISuppressionList>().AddAsync(await registry.Get<Registry.Privacy.IBlindIndex>().ForEmailAsync(Audiences.Population.Email(email)), objectedAt);
        var order = OrderJson.Valid(email: email);
        order.Remove("preferences");

        registry.Faults.Reset(failAt, afterSending);
        var firstAttempt = await Record.ExceptionAsync(() => registry.IngestAsync(order));
        registry.Faults.Reset(0, false);
        var retry = await registry.IngestAsync(order);

        Assert.NotNull(firstAttempt);
        var subject = retry switch
        {
            IngestOrderOutcome.Created c => c.Subject,
            IngestOrderOutcome.AlreadyStored s => s.Subject,
            _ => throw new InvalidOperationException($"Unexpected {retry}"),
        };
        var subjects = await registry.ScanAsync(registry.Names.SubjectsTable);
        Assert.Equal([subject.Value], subjects.Select(e => e.PartitionKey).Distinct());
        Assert.Equal("objected", subjects.Single(r => r.RowKey == "pref|direct_marketing").GetString("State"));
        var entry = Assert.Single(await registry.ScanAsync(registry.Names.LookupTable), e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.Equal((subject.Value, objectedAt), (entry.GetString("SubjectId"), entry.GetDateTimeOffset("SuppressedAt")));
        Assert.Contains(await registry.ScanAsync(registry.Names.ScheduleTable), e => e.GetString("Target") == subject.Value);
    }

    [Fact]
    public async Task Ingest_AnswerLostAfterCommit_RetryAnswersAlreadyStored()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();

        registry.Faults.Reset(5, afterSending: true); // the transaction is the 5th request of a new customer's order (the lookup's read brings the suppression)
        await Assert.ThrowsAnyAsync<Exception>(() => registry.IngestAsync(order));
        registry.Faults.Reset(0, false);

        Assert.IsType<IngestOrderOutcome.AlreadyStored>(await registry.IngestAsync(order));
    }
}

using Registry.Cases;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

[Collection(AzuriteCollection.Name)]
public class DeadlineWatchTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_ListsOpenCasesDueWithinTheWindowOrOverdue_AndRemindsTheOfficerOnce()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var store = registry.Get<ICaseStore>();
        await AddAsync(store, 1, new DateOnly(2026, 11, 20), CaseStatus.AwaitingVerification); // overdue
        await AddAsync(store, 2, new DateOnly(2026, 12, 1), CaseStatus.Verified);             // within 7 days
        await AddAsync(store, 3, new DateOnly(2026, 12, 2), CaseStatus.Received);              // day 8: not yet
        await AddAsync(store, 4, new DateOnly(2026, 11, 25), CaseStatus.Completed);            // closed
        registry.Time.Set(new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero));

        var due = await registry.Get<DeadlineWatch>().RunAsync();

        Assert.Equal(["DSR-2026-0001", "DSR-2026-0002"], due.Select(c => c.Reference.Value));
        var letter = Assert.Single(await registry.LettersAsync());
        Assert.Equal("deadline-reminder-2026-11-24", letter["letterId"]!.GetValue<string>());
        var body = letter["body"]!.GetValue<string>();
        Assert.Contains("DSR-2026-0001  2026-11-20  awaiting_verification  OVERDUE", body, StringComparison.Ordinal);
        Assert.DoesNotContain("DSR-2026-0003", body, StringComparison.Ordinal);
        Assert.Contains(registry.Logs.GetSnapshot(), r => r.Message == "Deadline watch: 1 cases due within 7 days, 1 overdue");
    }

    private static Task<bool> AddAsync(ICaseStore store, int number, DateOnly due, CaseStatus status)
    {
        var subjectCase = new SubjectCase
        {
            Reference = CaseReference.Create(2026, number),
            Types = [RequestType.Access],
            Language = CaseLanguage.Fi,
            Status = status,
            ReceivedAt = new DateTimeOffset(due.AddMonths(-1), TimeOnly.MinValue, TimeSpan.Zero),
            DueOn = due,
            Requester = new Requester(),
        };
        return store.CreateAsync(subjectCase, new CaseEvent { EventId = "opened", At = subjectCase.ReceivedAt, Kind = CaseEventKind.Opened, Actor = "test" });
    }
}

using Registry.Cases;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

[Collection(AzuriteCollection.Name)]
public class TableCaseStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Update_WithAStaleVersion_ReturnsFalseAndChangesNothing()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var store = registry.Get<ICaseStore>();
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var stale = (await store.GetAsync(opened.Reference))!;
        Assert.True(await store.UpdateAsync(stale.Case with { Status = CaseStatus.Verified }, stale.Version, Event("first")));

        var second = await store.UpdateAsync(stale.Case with { Status = CaseStatus.Refused }, stale.Version, Event("second"));

        Assert.False(second);
        Assert.Equal(CaseStatus.Verified, (await store.GetAsync(opened.Reference))!.Case.Status);
        Assert.DoesNotContain(await store.TimelineAsync(opened.Reference), e => e.EventId == "second");
    }

    [Fact]
    public async Task NextReference_ConcurrentCallers_NeverShareANumber()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var store = registry.Get<ICaseStore>();

        var references = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.NextReferenceAsync(2026)));

        Assert.Equal(8, references.Select(r => r.Value).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 8).Select(n => CaseReference.Create(2026, n).Value), references.Select(r => r.Value).Order(StringComparer.Ordinal));
    }

    private static CaseEvent Event(string id) => new() { EventId = id, At = DateTimeOffset.UnixEpoch.AddDays(1), Kind = CaseEventKind.NoteAdded, Actor = "test" };
}

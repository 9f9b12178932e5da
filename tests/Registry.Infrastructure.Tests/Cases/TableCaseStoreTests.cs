using Azure.Data.Tables;
using Registry.Cases;
using Registry.Infrastructure.Cases;
using Registry.Serialization;
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

    [Fact]
    public async Task AppendEvent_SameIdAtALaterTime_IsAppendedOnce()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var store = registry.Get<ICaseStore>();
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));

        // Two deliveries of one message record the same id, each at the time of its own attempt.
        await store.AppendEventAsync(opened.Reference, Event("decision-access"));
        await store.AppendEventAsync(opened.Reference, Event("decision-access") with { At = DateTimeOffset.UnixEpoch.AddDays(2) });

        var recorded = Assert.Single(await store.TimelineAsync(opened.Reference), e => e.EventId == "decision-access");
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(1), recorded.At);
    }

    [Fact]
    public async Task AppendEvent_EventStoredBeforeMarkers_IsNotAppendedAgain()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var store = registry.Get<ICaseStore>();
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var reply = Event("msg-reply") with { Kind = CaseEventKind.ReplyReceived };

        // A reply the code before markers appended: the event row alone. Its redelivery carries the same id and time.
        await registry.Tables.GetTableClient(registry.Names.CasesTable).AddEntityAsync(new TableEntity(opened.Reference.Value, CaseEntities.EventRow(reply))
        {
            ["EventId"] = reply.EventId,
            ["At"] = reply.At,
            ["Kind"] = reply.Kind.ToWire(),
            ["Actor"] = reply.Actor,
        });
        await store.AppendEventAsync(opened.Reference, reply);

        Assert.Single(await store.TimelineAsync(opened.Reference), e => e.EventId == "msg-reply");
    }

    private static CaseEvent Event(string id) => new() { EventId = id, At = DateTimeOffset.UnixEpoch.AddDays(1), Kind = CaseEventKind.NoteAdded, Actor = "test" };
}

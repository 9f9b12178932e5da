using Azure.Data.Tables;
using Registry.Cases;
using Registry.Execution;
using Registry.Infrastructure.Cases;
using Registry.Serialization;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Cases;

/// <summary>
/// A decided case is carried out once however its <c>case-actions</c> message is delivered: twice at the same time (a
/// redelivery after the visibility timeout while the first still runs, or the decision queued twice), again after a
/// crash anywhere, or for a case whose timeline the code before step claims wrote.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class ExecutionOnceTests(AzuriteFixture azurite)
{
    /// <summary>Guards the test against a hang only; nothing here depends on how long a step takes.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    public static TheoryData<int, bool> CrashPoints()
    {
        var data = new TheoryData<int, bool>();
        for (var request = 1; request <= 13; request++)
        {
            data.Add(request, false);
            data.Add(request, true);
        }

        return data;
    }

    [Fact]
    public async Task Execute_TwoOverlappingDeliveries_RunTheStepOnceAndRecordItOnce()
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();
        var step = registry.Step();
        step.HoldFirstRun = true;

        var first = registry.Executor().ExecuteAsync(message);
        await step.Entered.WaitAsync(Hang);
        registry.Time.Advance(TimeSpan.FromSeconds(30));
        var overlapping = await Record.ExceptionAsync(() => registry.Executor().ExecuteAsync(message).WaitAsync(Hang));
        Assert.IsType<StepInProgressException>(overlapping);
        registry.Time.Advance(TimeSpan.FromSeconds(1));
        step.Open();
        var finished = await first.WaitAsync(Hang);
        registry.Time.Advance(TimeSpan.FromSeconds(30));
        var redelivered = await registry.Executor().ExecuteAsync(message);

        Assert.Equal(1, step.Runs);
        var timeline = await registry.TimelineAsync(message);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.ActionExecuted);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.Completed);
        Assert.Single(await registry.QueuedLetterIdsAsync());
        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.Completed), finished);
        Assert.Equal(new ExecutionOutcome.NothingToDo(CaseStatus.Completed), redelivered);
    }

    [Fact]
    public async Task Execute_FailureAfterTheStepActedBeforeItWasRecorded_RedeliveryFinishesItOnce()
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();
        var step = registry.Step();
        step.FailFirstRunAfterActing = true;

        await Assert.ThrowsAsync<IOException>(() => registry.Executor().ExecuteAsync(message));
        registry.Time.Advance(TimeSpan.FromSeconds(30));
        var redelivered = await registry.Executor().ExecuteAsync(message);

        // The step runs again (it is idempotent on its own: the same marker, the same letter id) and is recorded once.
        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.Completed), redelivered);
        Assert.Equal(2, step.Runs);
        Assert.Single(await registry.TimelineAsync(message), e => e.Kind == CaseEventKind.ActionExecuted);
        Assert.Equal([$"{message.CaseReference}-restriction-done"], (await registry.QueuedLetterIdsAsync()).Distinct());
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task Execute_CrashAtAnyRequestThenRedelivery_RecordsTheStepOnceAndCompletes(int failAt, bool afterSending)
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();

        registry.Faults.Reset(failAt, afterSending);
        Assert.NotNull(await Record.ExceptionAsync(() => registry.Executor().ExecuteAsync(message)));
        registry.Faults.Reset(0, false);
        registry.Time.Advance(TimeSpan.FromSeconds(30));
        await registry.Executor().ExecuteAsync(message);

        var timeline = await registry.TimelineAsync(message);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.ActionExecuted);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.Completed);
        Assert.Equal([$"{message.CaseReference}-restriction-done"], (await registry.QueuedLetterIdsAsync()).Distinct());
    }

    [Fact]
    public async Task Execute_OneDelivery_SendsTheRequestsTheCrashTheoryFails()
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();
        registry.Requests.Reset();

        await registry.Executor().ExecuteAsync(message);

        Assert.Equal(CrashPoints().Count / 2, registry.Requests.Count);
    }

    [Fact]
    public async Task Execute_ClaimLeftByAWorkerThatDiedOutright_IsTakenOverOnceItsLeaseHasRunOut()
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();
        var reference = CaseReference.TryParse(message.CaseReference, out var parsed) ? parsed : throw new InvalidOperationException();
        var died = await registry.Get<IStepClaims>().ClaimAsync(reference, $"{message.DecisionId}-restriction", "dead-worker", registry.Time.GetUtcNow(), CaseActionExecutor.StepLease);
        Assert.IsType<StepClaim.Claimed>(died);

        registry.Time.Advance(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<StepInProgressException>(() => registry.Executor().ExecuteAsync(message));
        registry.Time.Advance(CaseActionExecutor.StepLease);
        var outcome = await registry.Executor().ExecuteAsync(message);

        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.Completed), outcome);
        Assert.Equal(1, registry.Step().Runs);
        Assert.Single(await registry.TimelineAsync(message), e => e.Kind == CaseEventKind.ActionExecuted);
    }

    [Fact]
    public async Task Execute_CaseWhoseStepWasRecordedBeforeStepMarkers_SkipsTheStepAndCompletes()
    {
        await using var registry = await ExecutionHarness.StartAsync(azurite.ConnectionString);
        var message = await registry.DecidedAsync();

        // What the code before markers left after a crash between recording the step and closing the case: the event row alone.
        var recorded = new CaseEvent
        {
            EventId = $"{message.DecisionId}-restriction", At = registry.Time.GetUtcNow(), Kind = CaseEventKind.ActionExecuted, Actor = "system",
        };
        await registry.Tables.GetTableClient(registry.Names.CasesTable).AddEntityAsync(new TableEntity(message.CaseReference, CaseEntities.EventRow(recorded))
        {
            ["EventId"] = recorded.EventId,
            ["At"] = recorded.At,
            ["Kind"] = recorded.Kind.ToWire(),
            ["Actor"] = recorded.Actor,
        });
        registry.Time.Advance(TimeSpan.FromMinutes(5));

        var outcome = await registry.Executor().ExecuteAsync(message);

        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.Completed), outcome);
        Assert.Equal(0, registry.Step().Runs);
        Assert.Single(await registry.TimelineAsync(message), e => e.Kind == CaseEventKind.ActionExecuted);
    }
}

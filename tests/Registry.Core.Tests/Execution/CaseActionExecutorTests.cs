using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Execution;
using Registry.Subjects;

namespace Registry.Core.Tests.Execution;

public class CaseActionExecutorTests
{
    private static readonly CaseReference Reference = CaseReference.TryParse("DSR-2026-0042", out var r) ? r : throw new InvalidOperationException();
    private readonly Mock<ICaseStore> _cases = new();
    private readonly Mock<IStepClaims> _claims = new();
    private readonly List<CaseEvent> _timeline = [];
    private SubjectCase _case = new()
    {
        Reference = Reference,
        Types = [RequestType.Access, RequestType.Erasure],
        Language = CaseLanguage.Fi,
        Status = CaseStatus.InProgress,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        DueOn = new DateOnly(2026, 12, 24),
        SubjectId = SubjectId.New(),
        DecidedActions = [RequestType.Erasure, RequestType.Access],
        Requester = new Requester(),
    };

    public CaseActionExecutorTests()
    {
        _cases.Setup(c => c.GetAsync(Reference, It.IsAny<CancellationToken>())).ReturnsAsync(() => new StoredCase(_case, "v1"));
        _cases.Setup(c => c.TimelineAsync(Reference, It.IsAny<CancellationToken>())).ReturnsAsync(() => _timeline.ToList());
        _cases.Setup(c => c.AppendEventAsync(Reference, It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>()))
            .Callback<CaseReference, CaseEvent, CancellationToken>((_, e, _) => _timeline.Add(e)).Returns(Task.CompletedTask);
        _cases.Setup(c => c.UpdateAsync(It.IsAny<SubjectCase>(), "v1", It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>()))
            .Callback<SubjectCase, string, CaseEvent, CancellationToken>((c, _, e, _) => { _case = c; _timeline.Add(e); }).ReturnsAsync(true);

        _claims.Setup(c => c.ClaimAsync(Reference, It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTimeOffset>(), CaseActionExecutor.StepLease, It.IsAny<CancellationToken>()))
            .ReturnsAsync((CaseReference _, string eventId, string _, DateTimeOffset _, TimeSpan _, CancellationToken _) => new StepClaim.Claimed(eventId, "c1"));
        _claims.Setup(c => c.RecordAsync(Reference, It.IsAny<StepClaim.Claimed>(), It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>()))
            .Callback<CaseReference, StepClaim.Claimed, CaseEvent, CancellationToken>((_, _, e, _) => _timeline.Add(e)).ReturnsAsync(true);
    }

    [Fact]
    public async Task Execute_RunsAccessBeforeErasureAndCompletesPartiallyWhenAStepWasPartial()
    {
        var order = new List<RequestType>();
        var executor = Executor(Step(RequestType.Erasure, order, partial: true), Step(RequestType.Access, order));

        var outcome = await executor.ExecuteAsync(Message());

        Assert.Equal([RequestType.Access, RequestType.Erasure], order);
        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.PartiallyCompleted), outcome);
        Assert.Equal(CaseStatus.PartiallyCompleted, _case.Status);
        Assert.Contains(_timeline, e => e.EventId == "DSR-2026-0042-decision-erasure" && e.Kind == CaseEventKind.ActionPartiallyExecuted);
    }

    [Fact]
    public async Task Execute_AfterACrashBeforeClosing_SkipsTheStepsAlreadyRecorded()
    {
        var order = new List<RequestType>();
        _timeline.Add(new CaseEvent { EventId = "DSR-2026-0042-decision-access", At = DateTimeOffset.UnixEpoch, Kind = CaseEventKind.ActionExecuted, Actor = "system" });
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));

        await executor.ExecuteAsync(Message());

        Assert.Equal([RequestType.Erasure], order);
        Assert.Equal(CaseStatus.Completed, _case.Status);
    }

    [Fact]
    public async Task Execute_StepClaimedByAnOverlappingDelivery_ThrowsWithoutRunningItSoTheQueueDeliversItAgain()
    {
        var order = new List<RequestType>();
        _claims.Setup(c => c.ClaimAsync(Reference, "DSR-2026-0042-decision-access", It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StepClaim.Held(DateTimeOffset.UnixEpoch));
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));

        await Assert.ThrowsAsync<StepInProgressException>(() => executor.ExecuteAsync(Message()));

        Assert.Empty(order);
        Assert.Empty(_timeline);
        Assert.Equal(CaseStatus.InProgress, _case.Status);
        _claims.Verify(c => c.ReleaseAsync(It.IsAny<CaseReference>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Execute_StepRecordedSinceTheTimelineWasRead_IsNotRunAgainAndItsKindCounts()
    {
        var order = new List<RequestType>();
        _claims.Setup(c => c.ClaimAsync(Reference, "DSR-2026-0042-decision-erasure", It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new StepClaim.Recorded(CaseEventKind.ActionPartiallyExecuted));
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));

        var outcome = await executor.ExecuteAsync(Message());

        Assert.Equal([RequestType.Access], order);
        Assert.Equal(new ExecutionOutcome.Executed(CaseStatus.PartiallyCompleted), outcome);
    }

    [Fact]
    public async Task Execute_StepFails_GivesItsClaimBackAndRethrows()
    {
        var failing = new Mock<ICaseActionStep>();
        failing.SetupGet(s => s.Type).Returns(RequestType.Access);
        failing.Setup(s => s.RunAsync(It.IsAny<StepContext>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("storage unreachable"));
        string? claimedBy = null;
        _claims.Setup(c => c.ClaimAsync(Reference, "DSR-2026-0042-decision-access", It.IsAny<string>(), It.IsAny<DateTimeOffset>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback<CaseReference, string, string, DateTimeOffset, TimeSpan, CancellationToken>((_, _, token, _, _, _) => claimedBy = token)
            .ReturnsAsync(new StepClaim.Claimed("DSR-2026-0042-decision-access", "c1"));
        var executor = Executor(Step(RequestType.Erasure, []), failing.Object);

        await Assert.ThrowsAsync<IOException>(() => executor.ExecuteAsync(Message()));

        Assert.NotNull(claimedBy);
        _claims.Verify(c => c.ReleaseAsync(Reference, "DSR-2026-0042-decision-access", claimedBy, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(_timeline);
    }

    [Fact]
    public async Task Execute_ClaimTakenOverWhileTheStepRan_ThrowsInsteadOfCompleting()
    {
        _claims.Setup(c => c.RecordAsync(Reference, It.IsAny<StepClaim.Claimed>(), It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var executor = Executor(Step(RequestType.Erasure, []), Step(RequestType.Access, []));

        await Assert.ThrowsAsync<InvalidOperationException>(() => executor.ExecuteAsync(Message()));

        Assert.Equal(CaseStatus.InProgress, _case.Status);
    }

    [Theory]
    [InlineData(CaseStatus.Completed)]
    [InlineData(CaseStatus.PartiallyCompleted)]
    [InlineData(CaseStatus.Withdrawn)]
    public async Task Execute_RedeliveredAfterTheCaseLeftInProgress_DoesNothing(CaseStatus status)
    {
        _case = _case with { Status = status };
        var order = new List<RequestType>();
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));

        var outcome = await executor.ExecuteAsync(Message());

        Assert.Equal(new ExecutionOutcome.NothingToDo(status), outcome);
        Assert.Empty(order);
        _cases.Verify(c => c.UpdateAsync(It.IsAny<SubjectCase>(), It.IsAny<string>(), It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(CaseStatus.Verified)] // the officer's decision, queued before the case row records it
    [InlineData(CaseStatus.Received)] // an objection from the registered address, queued by the acknowledger before it stores in_progress
    public async Task Execute_DeliveredBeforeTheDecisionWasStored_ThrowsSoTheQueueDeliversItAgain(CaseStatus status)
    {
        _case = _case with { Status = status };
        var order = new List<RequestType>();
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));

        await Assert.ThrowsAsync<DecisionNotStoredYetException>(() => executor.ExecuteAsync(Message()));
        Assert.Empty(order);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Execute_DecisionForAnotherSubjectOrNone_IsRefusedNotedOnceAndRunsNothing(bool otherSubject)
    {
        var order = new List<RequestType>();
        var executor = Executor(Step(RequestType.Erasure, order), Step(RequestType.Access, order));
        var message = Message() with { SubjectId = otherSubject ? SubjectId.New().Value : null! };

        var first = await executor.ExecuteAsync(message);
        var redelivered = await executor.ExecuteAsync(message);

        Assert.IsType<ExecutionOutcome.Refused>(first);
        Assert.IsType<ExecutionOutcome.Refused>(redelivered);
        Assert.Empty(order);
        var noted = Assert.Single(_timeline);
        Assert.Equal(CaseEventKind.DecisionRefused, noted.Kind);
        Assert.Equal("DSR-2026-0042-decision-refused", noted.EventId);
        Assert.Equal(CaseStatus.InProgress, _case.Status);
        _cases.Verify(c => c.UpdateAsync(It.IsAny<SubjectCase>(), It.IsAny<string>(), It.IsAny<CaseEvent>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Execute_UnknownCase_IsDroppedAsUnknown()
    {
        var executor = Executor();

        var outcome = await executor.ExecuteAsync(Message() with { CaseReference = "DSR-2026-9999" });

        Assert.IsType<ExecutionOutcome.UnknownCase>(outcome);
    }

    private CaseActionMessage Message() =>
        new("DSR-2026-0042-decision", Reference.Value, _case.SubjectId!.Value.Value, ["access", "erasure"], "officer", DateTimeOffset.UnixEpoch);

    private CaseActionExecutor Executor(params ICaseActionStep[] steps) =>
        new(_cases.Object, _claims.Object, steps, new FakeTimeProvider(), NullLogger<CaseActionExecutor>.Instance);

    private static ICaseActionStep Step(RequestType type, List<RequestType> order, bool partial = false)
    {
        var step = new Mock<ICaseActionStep>();
        step.SetupGet(s => s.Type).Returns(type);
        step.Setup(s => s.RunAsync(It.IsAny<StepContext>(), It.IsAny<CancellationToken>()))
            .Callback(() => order.Add(type))
            .ReturnsAsync(partial ? new StepResult.Partial("held") : new StepResult.Done("done"));
        return step.Object;
    }
}

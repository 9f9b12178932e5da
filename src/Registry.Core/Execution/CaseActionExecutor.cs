using Microsoft.Extensions.Logging;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Execution;

/// <summary>
/// Carries out a decided case from <c>case-actions</c>, once. Each step's outcome is recorded on the timeline under
/// an event id derived from the decision and the type, so a redelivered message skips what already ran; when every
/// step has run, the case completes (or completes partially when a hold keeps data) under its ETag, after which a
/// redelivery finds nothing to do. Access runs before erasure and anonymisation, so the copy shows what was held.
/// <para>
/// Two deliveries of one decision can overlap (the decision queued twice, or a redelivery while the first still runs):
/// both read the timeline before either records a step. So a step is claimed under its event id before it runs
/// (<see cref="IStepClaims"/>): the delivery that finds the claim held throws <see cref="StepInProgressException"/> and
/// comes back after the queue's visibility timeout, by when the step is recorded. The claim, not the step, is the guard,
/// because a step is idempotent only in sequence: an access copy built while a parallel run erases the person would
/// show half of what was held. A delivery that fails gives its claim back, so its redelivery runs the step again at
/// once (each step is idempotent on its own: fixed file names and letter ids, deletes that tolerate "already gone");
/// a claim left by a worker that died outright is taken over after <see cref="StepLease"/>.
/// </para>
/// </summary>
public sealed partial class CaseActionExecutor(
    ICaseStore cases, IStepClaims claims, IEnumerable<ICaseActionStep> steps, TimeProvider time, ILogger<CaseActionExecutor> logger, ICaseClosed? caseClosed = null)
{
    /// <summary>
    /// How long a claim keeps an overlapping delivery out. Steps take seconds, so it is far longer than any step; and it is
    /// shorter than the retries host.json leaves a message (maxDequeueCount 5 × visibilityTimeout 30 s: deliveries 30, 60,
    /// 90 and 120 s after a failure), so the delivery after a worker died outright takes the step over before the message
    /// reaches <c>case-actions-poison</c>.
    /// </summary>
    public static readonly TimeSpan StepLease = TimeSpan.FromMinutes(2);

    private const string Actor = "system";

    private static readonly RequestType[] Order =
        [RequestType.Rectification, RequestType.Objection, RequestType.Restriction, RequestType.Access, RequestType.Anonymisation, RequestType.Erasure];

    private readonly Dictionary<RequestType, ICaseActionStep> _steps = steps.ToDictionary(s => s.Type);

    public async Task<ExecutionOutcome> ExecuteAsync(CaseActionMessage message, CancellationToken cancellationToken = default)
    {
        if (!CaseReference.TryParse(message.CaseReference, out var reference) || await cases.GetAsync(reference, cancellationToken) is not { } stored)
        {
            LogUnknownCase(logger, message.DecisionId);
            return new ExecutionOutcome.UnknownCase();
        }

        // The decision is queued before the case row records it (so a crash cannot lose it); a delivery that
        // overtakes that write finds the case still verified (the officer's decision) or still received (the
        // acknowledger's objection from the registered address) and must come back, not be dropped.
        if (stored.Case.Status is CaseStatus.Verified or CaseStatus.Received)
        {
            throw new DecisionNotStoredYetException(reference.Value);
        }

        if (stored.Case.Status != CaseStatus.InProgress || stored.Case.SubjectId is not { } subject)
        {
            LogNothingToDo(logger, reference.Value, stored.Case.Status);
            return new ExecutionOutcome.NothingToDo(stored.Case.Status);
        }

        var recorded = (await cases.TimelineAsync(reference, cancellationToken)).ToDictionary(e => e.EventId);
        if (!SubjectId.TryParse(message.SubjectId, out var decidedFor) || decidedFor != subject)
        {
            return await RefuseAsync(reference, message, recorded, cancellationToken);
        }

        var partial = false;
        var token = Guid.NewGuid().ToString("N");
        foreach (var type in Order.Where(stored.Case.DecidedActions.Contains))
        {
            var eventId = $"{message.DecisionId}-{type.ToWire()}";
            if (recorded.TryGetValue(eventId, out var earlier))
            {
                partial |= earlier.Kind == CaseEventKind.ActionPartiallyExecuted;
                continue;
            }

            var step = _steps.TryGetValue(type, out var found) ? found : throw new InvalidOperationException($"No step carries out '{type.ToWire()}'.");
            var context = new StepContext(stored.Case, subject, message.DecisionId, message.DecidedBy, time.GetUtcNow());
            partial |= await RunOnceAsync(reference, eventId, step, context, token, cancellationToken) == CaseEventKind.ActionPartiallyExecuted;
        }

        return await CloseAsync(reference, partial, cancellationToken);
    }

    /// <summary>Claims the step, runs and records it; the kind of its timeline entry, whoever recorded it.</summary>
    private async Task<CaseEventKind> RunOnceAsync(
        CaseReference reference, string eventId, ICaseActionStep step, StepContext context, string token, CancellationToken cancellationToken)
    {
        StepClaim claim;
        try
        {
            claim = await claims.ClaimAsync(reference, eventId, token, context.Now, StepLease, cancellationToken);
            if (claim is StepClaim.Claimed claimed)
            {
                var result = await step.RunAsync(context, cancellationToken);
                var kind = result is StepResult.Partial ? CaseEventKind.ActionPartiallyExecuted : CaseEventKind.ActionExecuted;
                var happened = new CaseEvent { EventId = eventId, At = time.GetUtcNow(), Kind = kind, Actor = Actor, Detail = $"{step.Type.ToWire()}: {result.Summary}" };
                if (!await claims.RecordAsync(reference, claimed, happened, cancellationToken))
                {
                    throw new InvalidOperationException($"Case {reference.Value}: the claim on '{step.Type.ToWire()}' was taken over while it ran; the message will be retried.");
                }

                LogStepDone(logger, reference.Value, step.Type, kind == CaseEventKind.ActionPartiallyExecuted);
                return kind;
            }
        }
        catch (Exception)
        {
            // Whatever failed (the claim's answer lost included), the redelivery should find the step free, not held.
            await claims.ReleaseAsync(reference, eventId, token, CancellationToken.None);
            throw;
        }

        if (claim is StepClaim.Recorded done)
        {
            return done.Kind;
        }

        LogStepHeld(logger, reference.Value, step.Type);
        throw new StepInProgressException(reference.Value, step.Type.ToWire());
    }

    /// <summary>
    /// A decision carries the subject it was decided for; one that names another subject than the case's, or none (a
    /// message queued before decisions carried it), is not carried out: the case's timeline says so once, and the
    /// case stays in progress for the officer. Nothing else happens, so a wrong person is never erased or exported.
    /// </summary>
    private async Task<ExecutionOutcome> RefuseAsync(
        CaseReference reference, CaseActionMessage message, Dictionary<string, CaseEvent> recorded, CancellationToken cancellationToken)
    {
        var eventId = $"{message.DecisionId}-refused";
        if (!recorded.ContainsKey(eventId))
        {
            await cases.AppendEventAsync(reference, new CaseEvent
            {
                EventId = eventId,
                At = time.GetUtcNow(),
                Kind = CaseEventKind.DecisionRefused,
                Actor = Actor,
                Detail = $"decision {message.DecisionId} not carried out: it names {(string.IsNullOrEmpty(message.SubjectId) ? "no subject" : "another subject than the case's")}",
            }, cancellationToken);
        }

        LogRefused(logger, reference.Value, message.DecisionId);
        return new ExecutionOutcome.Refused();
    }

    /// <summary>Moves the case to completed or partially completed; a concurrent change is read again, and a case already closed is left.</summary>
    private async Task<ExecutionOutcome> CloseAsync(CaseReference reference, bool partial, CancellationToken cancellationToken)
    {
        var action = partial ? CaseAction.CompletePartially : CaseAction.Complete;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var stored = await cases.GetAsync(reference, cancellationToken) ?? throw new InvalidOperationException("The case disappeared while it was executed.");
            if (stored.Case.Status != CaseStatus.InProgress)
            {
                return new ExecutionOutcome.Executed(stored.Case.Status);
            }

            var change = CaseTransitions.Apply(stored.Case, action);
            var closedAt = time.GetUtcNow();
            if (caseClosed is not null && ICaseClosed.Closes(change.Case!.Status))
            {
                await caseClosed.ClosingAsync(reference, change.Case.Status, closedAt, cancellationToken);
            }

            var closed = new CaseEvent
            {
                EventId = Guid.NewGuid().ToString("N"),
                At = closedAt,
                Kind = partial ? CaseEventKind.PartiallyCompleted : CaseEventKind.Completed,
                Actor = Actor,
                StatusAfter = change.Case!.Status,
            };
            if (await cases.UpdateAsync(change.Case, stored.Version, closed, cancellationToken))
            {
                LogClosed(logger, reference.Value, change.Case.Status);
                return new ExecutionOutcome.Executed(change.Case.Status);
            }
        }

        throw new InvalidOperationException("The case kept changing while it was being closed; the message will be retried.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Decision {DecisionId} names no known case; dropped")]
    private static partial void LogUnknownCase(ILogger logger, string decisionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference} is {Status}: nothing to execute")]
    private static partial void LogNothingToDo(ILogger logger, string caseReference, CaseStatus status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseReference}: decision {DecisionId} names another subject than the case's; not carried out")]
    private static partial void LogRefused(ILogger logger, string caseReference, string decisionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference}: {Type} carried out (partial: {Partial})")]
    private static partial void LogStepDone(ILogger logger, string caseReference, RequestType type, bool partial);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference}: {Type} is being carried out by another delivery of the decision; this one comes back later")]
    private static partial void LogStepHeld(ILogger logger, string caseReference, RequestType type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference} executed: {Status}")]
    private static partial void LogClosed(ILogger logger, string caseReference, CaseStatus status);
}

/// <summary>A decision arrived before the case row recorded it; the queue delivers it again after its visibility timeout.</summary>
public sealed class DecisionNotStoredYetException(string caseReference)
    : Exception($"Case {caseReference} does not show its decision yet; the message will be retried.");

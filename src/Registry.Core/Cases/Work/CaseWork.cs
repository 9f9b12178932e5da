using Microsoft.Extensions.Options;
using Registry.Cases.Deadlines;
using Registry.Letters;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Cases.Work;

/// <summary>
/// The privacy officer's actions on a case. Each reads the case, asks the state machine, and writes the
/// change with its timeline event under the case's ETag; a letter or a decision is queued first, with an id
/// derived from the case, so a retry after a crash queues the same id again rather than losing it.
/// </summary>
public sealed class CaseWork(
    ICaseStore cases,
    CaseLetters letters,
    ICaseActions actions,
    VerificationEvidence evidence,
    IOptions<CaseOptions> options,
    TimeProvider time,
    ICaseClosed? caseClosed = null)
{
    private const int MaxText = 4000;

    /// <summary>
    /// Records how the identity was verified. The case must be linked first: verification binds it to that subject for
    /// good. A method that names something checkable (<see cref="VerificationEvidence"/>) is checked; a failure is a
    /// conflict that changes nothing.
    /// </summary>
    public async Task<CaseWorkResult> VerifyAsync(CaseReference reference, string actor, string? method, string? note, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (method is null || !options.Value.VerificationMethods.Contains(method))
        {
            errors.Add("method", $"must be one of: {string.Join(", ", options.Value.VerificationMethods)}.");
        }

        var text = errors.Optional("note", note, MaxText);
        if (errors.Any)
        {
            return new CaseWorkResult.Invalid(errors.All);
        }

        var stored = await cases.GetAsync(reference, cancellationToken);
        if (stored is null)
        {
            return new CaseWorkResult.NotFound();
        }

        if (CaseStateMachine.IsAllowed(CaseAction.Verify, stored.Case.Status))
        {
            if (stored.Case.SubjectId is not { } subject)
            {
                return new CaseWorkResult.Conflict("Link the case to a subject before verifying: the verification binds the case to that person.");
            }

            if (await evidence.FailuresAsync(stored.Case, method!, subject, cancellationToken) is { Count: > 0 } failures)
            {
                return new CaseWorkResult.Conflict($"The case cannot be verified with '{method}': {string.Join("; ", failures)}.");
            }
        }

        return await ChangeAsync(stored, CaseAction.Verify, actor, CaseEventKind.Verified, text, c => c with { VerificationMethod = method }, null, cancellationToken);
    }

    public Task<CaseWorkResult> LinkSubjectAsync(CaseReference reference, string actor, string? subjectId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        if (!SubjectId.TryParse(subjectId, out var subject))
        {
            errors.Add("subjectId", "must be a subject id (sub_…).");
        }

        var text = errors.Required("reason", reason, MaxText);
        return errors.Any
            ? Invalid(errors)
            : ChangeAsync(reference, CaseAction.LinkSubject, actor, CaseEventKind.SubjectLinked, text, c => c with { SubjectId = subject }, cancellationToken);
    }

    public async Task<CaseWorkResult> ExtendAsync(CaseReference reference, string actor, string? reasons, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var text = errors.Required("reasons", reasons, MaxText);
        if (errors.Any)
        {
            return new CaseWorkResult.Invalid(errors.All);
        }

        var stored = await cases.GetAsync(reference, cancellationToken);
        if (stored is null)
        {
            return new CaseWorkResult.NotFound();
        }

        var receivedOn = DeadlineCalculator.ReceiptDay(stored.Case.ReceivedAt);
        var today = DeadlineCalculator.ReceiptDay(time.GetUtcNow());
        if (stored.Case.ExtendedTo is not null)
        {
            return new CaseWorkResult.Conflict("The case has already been extended; Art. 12(3) allows one extension of two months.");
        }

        if (!DeadlineCalculator.MayExtend(receivedOn, today))
        {
            return new CaseWorkResult.Conflict("The first month has run out; an extension must be notified within one month of receipt (Art. 12(3)).");
        }

        return await ChangeAsync(stored, CaseAction.Extend, actor, CaseEventKind.Extended, text, c => c with { ExtendedTo = DeadlineCalculator.Extended(receivedOn) },
            changed => Letter(changed, LetterKind.ExtensionNotice, new() { ["reasons"] = text! }), cancellationToken);
    }

    public Task<CaseWorkResult> RefuseAsync(CaseReference reference, string actor, string? reasons, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var text = errors.Required("reasons", reasons, MaxText);
        return errors.Any
            ? Invalid(errors)
            : ChangeAsync(reference, CaseAction.Refuse, actor, CaseEventKind.Refused, text, c => c,
                changed => Letter(changed, LetterKind.Refusal, new() { ["reasons"] = text! }), cancellationToken);
    }

    public Task<CaseWorkResult> WithdrawAsync(CaseReference reference, string actor, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var text = errors.Required("reason", reason, MaxText);
        return errors.Any ? Invalid(errors) : ChangeAsync(reference, CaseAction.Withdraw, actor, CaseEventKind.Withdrawn, text, c => c, cancellationToken);
    }

    public Task<CaseWorkResult> AddNoteAsync(CaseReference reference, string actor, string? text, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var note = errors.Required("text", text, MaxText);
        return errors.Any ? Invalid(errors) : ChangeAsync(reference, CaseAction.AddNote, actor, CaseEventKind.NoteAdded, note, c => c, cancellationToken);
    }

    public Task<CaseWorkResult> DecideAsync(CaseReference reference, string actor, IReadOnlyList<string>? decided, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(reference, actor, decided, reason, null, cancellationToken);

    /// <summary>Decides what to execute; <paramref name="submitted"/> carries the objection's purposes and the rectification's changes.</summary>
    public async Task<CaseWorkResult> DecideAsync(
        CaseReference reference, string actor, IReadOnlyList<string>? decided, string? reason, DecisionDetailsSubmission? submitted, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var types = new List<RequestType>();
        if (decided is null || decided.Count == 0)
        {
            errors.Add("actions", "must name at least one action.");
        }
        else
        {
            for (var i = 0; i < decided.Count; i++)
            {
                if (WireName<RequestType>.TryParse(decided[i], out var type))
                {
                    types.Add(type);
                }
                else
                {
                    errors.Add($"actions[{i}]", $"must be one of: {string.Join(", ", WireName<RequestType>.All)}.");
                }
            }
        }

        var text = errors.Optional("reason", reason, MaxText);
        var details = DecisionDetailsValidator.Validate(types, submitted, errors);
        if (errors.Any)
        {
            return new CaseWorkResult.Invalid(errors.All);
        }

        var stored = await cases.GetAsync(reference, cancellationToken);
        if (stored is null)
        {
            return new CaseWorkResult.NotFound();
        }

        if (stored.Case.SubjectId is null && CaseStateMachine.IsAllowed(CaseAction.Decide, stored.Case.Status))
        {
            return new CaseWorkResult.Conflict("Link the case to a subject before deciding what to execute.");
        }

        var distinct = types.Distinct().Order().ToList();
        return await ChangeAsync(stored, CaseAction.Decide, actor, CaseEventKind.ActionsDecided, text, c => c with { DecidedActions = distinct, ObjectionPurposes = details!.ObjectionPurposes, Rectification = details.Rectification },
            changed => actions.SendAsync(new CaseActionMessage(
                $"{changed.Reference.Value}-decision", changed.Reference.Value, changed.SubjectId!.Value.Value,
                distinct.Select(t => t.ToWire()).ToList(), actor, time.GetUtcNow()), cancellationToken), cancellationToken);
    }

    private Task<CaseWorkResult> ChangeAsync(
        CaseReference reference, CaseAction action, string actor, CaseEventKind kind, string? detail, Func<SubjectCase, SubjectCase> change, CancellationToken cancellationToken) =>
        ChangeAsync(reference, action, actor, kind, detail, change, null, cancellationToken);

    private async Task<CaseWorkResult> ChangeAsync(
        CaseReference reference, CaseAction action, string actor, CaseEventKind kind, string? detail,
        Func<SubjectCase, SubjectCase> change, Func<SubjectCase, Task>? sideEffect, CancellationToken cancellationToken)
    {
        var stored = await cases.GetAsync(reference, cancellationToken);
        return stored is null
            ? new CaseWorkResult.NotFound()
            : await ChangeAsync(stored, action, actor, kind, detail, change, sideEffect, cancellationToken);
    }

    private async Task<CaseWorkResult> ChangeAsync(
        StoredCase stored, CaseAction action, string actor, CaseEventKind kind, string? detail,
        Func<SubjectCase, SubjectCase> change, Func<SubjectCase, Task>? sideEffect, CancellationToken cancellationToken)
    {
        var result = CaseTransitions.Apply(stored.Case, action, change);
        if (result.Case is null)
        {
            return new CaseWorkResult.Conflict(result.Conflict!);
        }

        if (sideEffect is not null)
        {
            await sideEffect(result.Case);
        }

        var now = time.GetUtcNow();
        if (caseClosed is not null && ICaseClosed.Closes(result.Case.Status))
        {
            await caseClosed.ClosingAsync(result.Case.Reference, result.Case.Status, now, cancellationToken);
        }

        var happened = new CaseEvent
        {
            EventId = Guid.NewGuid().ToString("N"),
            At = now,
            Kind = kind,
            Actor = actor,
            StatusAfter = result.Case.Status,
            Detail = detail,
        };
        return await cases.UpdateAsync(result.Case, stored.Version, happened, cancellationToken)
            ? new CaseWorkResult.Done(result.Case)
            : new CaseWorkResult.Conflict("The case changed while this action was applied; read it again and retry.");
    }

    private Task Letter(SubjectCase subjectCase, LetterKind kind, Dictionary<string, string> values) => letters.SendAsync(subjectCase, kind, values);

    private static Task<CaseWorkResult> Invalid(FieldErrors errors) => Task.FromResult<CaseWorkResult>(new CaseWorkResult.Invalid(errors.All));
}

using Registry.Cases;
using Registry.Cases.Work;
using Registry.Serialization;

namespace Registry.Letters;

/// <summary>
/// Queues the acknowledgement of a new case and moves it on: an objection from the registered address needs
/// no identity check (Art. 12(2), 21(3)), so it is verified and its execution queued on <c>case-actions</c> at
/// once; a triage case waits for the officer; everything else awaits verification. The letter goes first and the case records it after, so a
/// crash in between sends the same letter id again and never loses it.
/// </summary>
public sealed class Acknowledger(ICaseStore cases, IOutboundMail mail, ICaseActions actions, TimeProvider time)
{
    private const int Attempts = 3;

    public async Task AcknowledgeAsync(StoredCase stored, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts && !stored.Case.Acknowledged; attempt++)
        {
            var changed = Advance(stored.Case) with { Acknowledged = true };
            if (changed.Status == CaseStatus.InProgress)
            {
                await actions.SendAsync(new CaseActionMessage(
                    $"{changed.Reference.Value}-decision", changed.Reference.Value, changed.SubjectId!.Value.Value,
                    changed.DecidedActions.Select(a => a.ToWire()).ToList(), "system", time.GetUtcNow()), cancellationToken);
            }

            await mail.SendAsync(Letter(changed), cancellationToken);
            var updated = await cases.UpdateAsync(changed, stored.Version, new CaseEvent
            {
                EventId = "acknowledged",
                At = time.GetUtcNow(),
                Kind = CaseEventKind.Acknowledged,
                Actor = "system",
                StatusAfter = changed.Status,
            }, cancellationToken);
            if (updated)
            {
                return;
            }

            stored = await cases.GetAsync(stored.Case.Reference, cancellationToken)
                ?? throw new InvalidOperationException("A case vanished while it was being acknowledged.");
        }

        if (!stored.Case.Acknowledged)
        {
            throw new InvalidOperationException("The case kept changing while it was being acknowledged; the message will be retried.");
        }
    }

    private static SubjectCase Advance(SubjectCase opened)
    {
        if (opened.Triage is not null || opened.Status != CaseStatus.Received)
        {
            return opened;
        }

        var objectionOnly = opened.Types is [RequestType.Objection];
        if (objectionOnly && opened.SubjectId is not null)
        {
            // Received → verified → in progress, through the state machine like any other case.
            var verified = CaseStateMachine.Next(CaseAction.Verify, opened.Status)!.Value;
            return opened with
            {
                Status = CaseStateMachine.Next(CaseAction.Decide, verified)!.Value,
                VerificationMethod = "registered_email_objection",
                DecidedActions = [RequestType.Objection],
            };
        }

        return opened with { Status = CaseStateMachine.Next(CaseAction.RequestVerification, opened.Status)!.Value };
    }

    private static OutboundLetter Letter(SubjectCase subjectCase)
    {
        var language = subjectCase.Language;
        var (subject, body) = LetterTemplates.Render(LetterKind.Acknowledgement, language, new Dictionary<string, string>
        {
            ["reference"] = subjectCase.Reference.Value,
            ["name"] = LetterVocabulary.Greeting(subjectCase.Requester.Name, language),
            ["understood"] = LetterVocabulary.Types(subjectCase.Types, language),
            ["deadline"] = LetterVocabulary.Date(subjectCase.Deadline, language),
            ["next"] = NextSteps.For(subjectCase),
        });
        return new OutboundLetter
        {
            LetterId = $"{subjectCase.Reference.Value}-acknowledgement",
            Kind = LetterKind.Acknowledgement,
            CaseReference = subjectCase.Reference,
            Language = language,
            To = subjectCase.Requester.Email,
            ToName = subjectCase.Requester.Name,
            Subject = subject,
            Body = body,
        };
    }
}

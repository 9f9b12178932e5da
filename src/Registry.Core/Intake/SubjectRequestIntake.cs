using System.Text.Json;
using Microsoft.Extensions.Logging;
using Registry.Cases;
using Registry.Cases.Classification;
using Registry.Cases.Deadlines;
using Registry.Contact;
using Registry.Letters;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Intake;

/// <summary>
/// Turns one message of <c>subject-requests</c> into a case (or a reply on one), whatever it holds:
/// a valid request opens a classified case and is acknowledged; a reply quoting a case reference joins
/// that case's timeline only when its sender is the case's requester (compared by blind index), and otherwise opens a
/// case of its own that names the quoted reference, since references are sequential and guessable; anything unreadable
/// is kept whole in a blob and opens a triage case. A mail system's bounce of one of the register's letters is recorded on
/// that letter's case, and one that matches nothing opens no case (<see cref="Bounces"/>). Attachments the connector stored are sealed under the case the
/// message joins or opens (<see cref="MailAttachments"/>). Every step
/// is conditional, so redelivery after a crash anywhere ends in the same single case and letter id.
/// </summary>
public sealed partial class SubjectRequestIntake(
    ICaseStore cases,
    CaseOpener opener,
    ITriageBlobs blobs,
    ISubjectLookup subjects,
    IBlindIndex blindIndex,
    Acknowledger acknowledger,
    MailAttachments attachments,
    Telemetry.RegistryMetrics metrics,
    ILogger<SubjectRequestIntake> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    public async Task<IntakeOutcome> HandleAsync(QueuedMessage queued, CancellationToken cancellationToken = default)
    {
        var message = TryRead(queued.Body);
        if (message is null || MailboxMessageValidator.Validate(message).Count > 0)
        {
            return await OpenTriageAsync(queued, TriageReason.InvalidMessage, message, cancellationToken);
        }

        var key = MessageKey.ForMessageId(message.MessageId!);
        var quoted = CaseReference.FindIn(message.Subject);
        if (quoted is { } replyTo
            && await cases.FindMessageAsync(key, cancellationToken) is null
            && await cases.GetAsync(replyTo, cancellationToken) is { } repliedTo
            && await IsRequesterAsync(message.From, repliedTo.Case, cancellationToken))
        {
            await cases.AppendEventAsync(replyTo, Reply(key, message), cancellationToken);
            await attachments.TakeAsync(replyTo, key, message.Attachments, cancellationToken);
            LogReplyAttached(logger, replyTo.Value);
            return new IntakeOutcome.ReplyAttached(replyTo);
        }

        if (Bounces.IsBounce(message))
        {
            if (Bounces.QuotedCase(message) is { } bouncedFor && await cases.GetAsync(bouncedFor, cancellationToken) is not null)
            {
                // A letter came back undelivered: it belongs on its case, not in a case of its own. Only the letter id is
                // recorded; the bounce's text (which quotes the letter) is not kept.
                var letterId = Bounces.LetterId(message, bouncedFor);
                await cases.AppendEventAsync(bouncedFor, Bounce(key, message, letterId), cancellationToken);
                metrics.LetterBounced();
                LogBounced(logger, bouncedFor.Value, letterId ?? "unknown");
                return new IntakeOutcome.BounceAttached(bouncedFor);
            }

            if (Bounces.IsDeliveryReport(message))
            {
                // A mail system reporting on a mail the register never sent (or of a case no longer kept): nothing to
                // record, and a case for it would only send an acknowledgement back to the mail system.
                LogBounceUnmatched(logger);
                return new IntakeOutcome.BounceUnmatched();
            }
        }

        var classification = RequestClassifier.Classify(message.Subject, message.Body);
        var subject = await FindSubjectAsync(message.From, cancellationToken);
        var (stored, _) = await opener.OpenAsync(key, message.ReceivedAt!.Value, reference => NewCase(reference, message, classification, subject) with { QuotedReference = quoted }, cancellationToken);
        await attachments.TakeAsync(stored.Case.Reference, key, message.Attachments, cancellationToken);
        if (stored.Case.Requester.Email is not null)
        {
            await acknowledger.AcknowledgeAsync(stored, cancellationToken);
        }

        LogOpened(logger, stored.Case.Reference.Value, classification.Types.Count, stored.Case.Triage is not null);
        return new IntakeOutcome.Opened(stored.Case.Reference, stored.Case.Triage is not null);
    }

    /// <summary>A message that reached the poison queue: kept whole, and a triage case points to it.</summary>
    public async Task<IntakeOutcome> HandlePoisonAsync(QueuedMessage queued, CancellationToken cancellationToken = default)
    {
        return await OpenTriageAsync(queued, TriageReason.Poison, TryRead(queued.Body), cancellationToken);
    }

    private async Task<IntakeOutcome> OpenTriageAsync(QueuedMessage queued, TriageReason reason, MailboxMessage? message, CancellationToken cancellationToken)
    {
        // The blob name is the storage queue's own id: opaque, and the same on every redelivery.
        var blobName = $"{queued.Queue}/{queued.QueueMessageId}";
        await blobs.SaveAsync(blobName, queued.Body, cancellationToken);
        var at = message?.ReceivedAt ?? queued.InsertedOn;
        var key = MessageKey.ForQueueMessage(queued.Queue, queued.QueueMessageId);
        var (stored, created) = await opener.OpenAsync(key, at, reference => new SubjectCase
        {
            Reference = reference,
            Types = [],
            Language = CaseLanguage.Fi,
            Status = CaseStatus.Received,
            ReceivedAt = at,
            DueOn = DeadlineCalculator.Initial(DeadlineCalculator.ReceiptDay(at)),
            Triage = reason,
            OriginalBlob = blobName,
            Requester = new Requester(),
        }, cancellationToken);
        if (created && reason == TriageReason.Poison)
        {
            // Once per poisoned message: its triage case is created once, however often the poison queue delivers it.
            metrics.PoisonMessage(queued.Queue);
        }

        await attachments.TakeAsync(stored.Case.Reference, key, message?.Attachments, cancellationToken);
        LogTriage(logger, stored.Case.Reference.Value, reason);
        return new IntakeOutcome.Invalid(stored.Case.Reference);
    }

    /// <summary>Whether the sender is the case's requester: both addresses by their blind index, never compared in clear.</summary>
    private async Task<bool> IsRequesterAsync(string? from, SubjectCase repliedTo, CancellationToken cancellationToken) =>
        EmailAddress.TryParse(from, out var sender) && EmailAddress.TryParse(repliedTo.Requester.Email, out var requester)
        && await blindIndex.ForEmailAsync(sender, cancellationToken) == await blindIndex.ForEmailAsync(requester, cancellationToken);

    private async Task<SubjectId?> FindSubjectAsync(string? from, CancellationToken cancellationToken) =>
        EmailAddress.TryParse(from, out var email)
            ? await subjects.FindByEmailAsync(await blindIndex.ForEmailAsync(email, cancellationToken), cancellationToken)
            : null;

    private static SubjectCase NewCase(CaseReference reference, MailboxMessage message, Classification classification, SubjectId? subject) => new()
    {
        Reference = reference,
        Types = classification.Types,
        ClassifiedBy = classification.Reasons,
        Language = classification.Language,
        Status = CaseStatus.Received,
        ReceivedAt = message.ReceivedAt!.Value,
        DueOn = DeadlineCalculator.Initial(DeadlineCalculator.ReceiptDay(message.ReceivedAt!.Value)),
        SubjectId = subject,
        Triage = classification.IsUnclear ? TriageReason.Unclear : null,

        // An objection that names only particular purposes is applied to those (intake may decide it by itself).
        ObjectionPurposes = classification.Types.Contains(RequestType.Objection) ? ObjectionPurposeHints.Named(message.Subject, message.Body) : [],
        Requester = new Requester
        {
            Email = EmailAddress.TryParse(message.From, out var email) ? email.Value : null,
            Name = message.FromName?.Trim(),
            Subject = message.Subject,
            Body = message.Body,
            CustomerNumbers = classification.CustomerNumbers,
            OrderNumbers = classification.OrderNumbers,
        },
    };

    private static CaseEvent Reply(string key, MailboxMessage message) => new()
    {
        EventId = key.Replace('|', '-'),
        At = message.ReceivedAt!.Value,
        Kind = CaseEventKind.ReplyReceived,
        Actor = "mailbox",
        Detail = $"From: {message.FromName} <{message.From}>\nSubject: {message.Subject}\n\n{message.Body}",
    };

    private static CaseEvent Bounce(string key, MailboxMessage message, string? letterId) => new()
    {
        EventId = key.Replace('|', '-'),
        At = message.ReceivedAt!.Value,
        Kind = CaseEventKind.LetterBounced,
        Actor = "mailbox",
        Detail = $"{letterId ?? "A letter of this case"} came back undelivered. Raised to the privacy officer: reach the requester another way (docs/operations.md).",
    };

    private static MailboxMessage? TryRead(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<MailboxMessage>(body.Span, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A letter of case {CaseReference} came back undelivered (letter {LetterId}); recorded on the case")]
    private static partial void LogBounced(ILogger logger, string caseReference, string letterId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A delivery report in the privacy mailbox names no letter or case of the register; nothing recorded, no case opened")]
    private static partial void LogBounceUnmatched(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake opened case {CaseReference} ({TypeCount} request types, triage {Triage})")]
    private static partial void LogOpened(ILogger logger, string caseReference, int typeCount, bool triage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake attached a reply to case {CaseReference}")]
    private static partial void LogReplyAttached(ILogger logger, string caseReference);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake opened triage case {CaseReference}: {Reason}")]
    private static partial void LogTriage(ILogger logger, string caseReference, TriageReason reason);
}

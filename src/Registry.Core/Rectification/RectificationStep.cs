using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Cases;
using Registry.Execution;
using Registry.Letters;
using Registry.Recipients;
using Registry.Subjects;

namespace Registry.Rectification;

/// <summary>
/// Carries out a decided rectification (Art. 16, 19) [S9]. The letters go before the profile is written: the
/// source of a wrong value is known only until the corrected value replaces it, so a crash in between sends the same
/// letter ids again (the mailbox connector sends each id once) and loses no notice; once written, the values carry
/// this case's provenance and a redelivery neither writes nor sends anything. A client without a configured contact
/// is named in the summary for the officer to notify by hand.
/// </summary>
public sealed partial class RectificationStep(
    ISubjectPartitions partitions, ISubjectReader reader, RectifiedEmail email, IOutboundMail mail, CaseLetters letters, IOptions<RecipientDirectoryOptions> contacts,
    ILogger<RectificationStep> logger)
    : ICaseActionStep
{
    private const int Attempts = 5;

    public RequestType Type => RequestType.Rectification;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var changes = context.Case.Rectification;
        if (changes.Count == 0)
        {
            return new StepResult.Done("no changes were decided");
        }

        var disclosures = (await reader.ReadAsync(context.Subject, cancellationToken))?.Disclosures ?? [];
        var sent = new HashSet<string>(StringComparer.Ordinal);
        var summary = new List<string>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var record = await partitions.ReadForIngestionAsync(context.Subject, cancellationToken);
            if (record?.ProfileETag is null || record.Profile.Erased)
            {
                return new StepResult.Done("no profile to correct (none stored, or erased)");
            }

            var plan = RectificationPlan.For(record.Profile, changes, disclosures, context.Case.Reference, context.Now);
            if (plan.Profile is null)
            {
                return new StepResult.Done(Summary(plan, summary));
            }

            summary = await NotifyAsync(context, plan, sent, cancellationToken);
            if (await email.MoveAsync(context.Subject, record, plan.Profile, cancellationToken) is { } note)
            {
                summary.Add(note);
            }

            var outcome = await partitions.ReplaceProfileAsync(context.Subject, record.Keys, new ProfileWrite(plan.Profile, record.ProfileETag) { Replaces = record.Folded.ProfileRows }, cancellationToken);
            if (outcome == CommitOutcome.Committed)
            {
                LogRectified(logger, context.Case.Reference.Value, context.Subject.Value, plan.Applied.Count);
                return new StepResult.Done(Summary(plan, summary));
            }
        }

        throw new InvalidOperationException("The profile kept changing while it was being corrected; the message will be retried.");
    }

    private async Task<List<string>> NotifyAsync(StepContext context, RectificationPlan plan, HashSet<string> sent, CancellationToken cancellationToken)
    {
        var notified = new List<string>();
        var unreachable = new List<string>();
        foreach (var (client, fields) in plan.Notices.OrderBy(n => n.Key.Value, StringComparer.Ordinal))
        {
            if (contacts.Value.Find(client.Value) is not { } contact)
            {
                unreachable.Add(client.Value);
                LogNoContact(logger, context.Case.Reference.Value, client.Value);
                continue;
            }

            await SendOnceAsync(RectificationLetters.Notice(context.Case, context.Subject, client.Value, contact, fields, context.Case.Rectification), sent, cancellationToken);
            notified.Add(client.Value);
        }

        var names = notified.Select(id => contacts.Value.Find(id)!.Name ?? id).ToList();
        if (sent.Add(LetterKind.RectificationDone.ToString()))
        {
            var values = RectificationLetters.DoneValues(context.Case.Language, context.Case.Rectification, names);
            await letters.SendAsync(context.Case, LetterKind.RectificationDone, values, cancellationToken: cancellationToken);
        }

        return
        [
            $"notified: {(notified.Count == 0 ? "none" : string.Join(", ", notified))}",
            .. unreachable.Count == 0 ? Array.Empty<string>() : [$"NOT notified, no contact configured (Registry:Recipients): {string.Join(", ", unreachable)}"],
        ];
    }

    private async Task SendOnceAsync(OutboundLetter letter, HashSet<string> sent, CancellationToken cancellationToken)
    {
        if (sent.Add(letter.LetterId))
        {
            await mail.SendAsync(letter, cancellationToken);
        }
    }

    private static string Summary(RectificationPlan plan, IEnumerable<string> notices) => string.Join("; ",
        new[]
        {
            $"corrected: {Fields(plan.Applied)}",
            plan.AlreadyApplied.Count > 0 ? $"corrected earlier: {Fields(plan.AlreadyApplied)}" : null,
            plan.Unchanged.Count > 0 ? $"already correct: {Fields(plan.Unchanged)}" : null,
        }.OfType<string>().Concat(notices));

    private static string Fields(IReadOnlyList<ProfileField> fields) => fields.Count == 0 ? "none" : string.Join(", ", fields.Select(ProfileFields.Name));

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseReference}: {Fields} profile values of subject {SubjectId} corrected")]
    private static partial void LogRectified(ILogger logger, string caseReference, string subjectId, int fields);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseReference}: client {ClientId} has no contact configured for an Art. 19 notice; the officer must notify it")]
    private static partial void LogNoContact(ILogger logger, string caseReference, string clientId);
}

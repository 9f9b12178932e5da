using Registry.Cases;
using Registry.Serialization;

namespace Registry.Letters;

/// <summary>
/// Renders a case's letter in the case's language and queues it on <c>outbound-mail</c> to the requester. The letter
/// id is <c>{reference}-{kind}</c> (plus a suffix when one case sends several of a kind), so a retry
/// queues the same id again and the mailbox connector sends it once.
/// </summary>
public sealed class CaseLetters(IOutboundMail mail)
{
    public Task SendAsync(SubjectCase subjectCase, LetterKind kind, Dictionary<string, string> values, string? suffix = null, CancellationToken cancellationToken = default) =>
        SendAsync(subjectCase, kind, values, suffix, subjectCase.Requester.Email, cancellationToken);

    /// <summary>Sends to <paramref name="to"/> instead of the requester: a letter with download links goes only to a verified address.</summary>
    public Task SendToAsync(SubjectCase subjectCase, LetterKind kind, Dictionary<string, string> values, string to, CancellationToken cancellationToken = default) =>
        SendAsync(subjectCase, kind, values, null, to, cancellationToken);

    /// <summary>The letter as it would be queued, for the officer to read before acting (the console's refusal preview).</summary>
    public static (string Subject, string Body) Render(SubjectCase subjectCase, LetterKind kind, Dictionary<string, string> values)
    {
        values["reference"] = subjectCase.Reference.Value;
        values["name"] = LetterVocabulary.Greeting(subjectCase.Requester.Name, subjectCase.Language);
        values["deadline"] = LetterVocabulary.Date(subjectCase.Deadline, subjectCase.Language);
        return LetterTemplates.Render(kind, subjectCase.Language, values);
    }

    private Task SendAsync(SubjectCase subjectCase, LetterKind kind, Dictionary<string, string> values, string? suffix, string? to, CancellationToken cancellationToken)
    {
        var (subject, body) = Render(subjectCase, kind, values);
        var id = $"{subjectCase.Reference.Value}-{kind.ToWire().Replace('_', '-')}";
        return mail.SendAsync(new OutboundLetter
        {
            LetterId = suffix is null ? id : $"{id}-{suffix}",
            Kind = kind,
            CaseReference = subjectCase.Reference,
            Language = subjectCase.Language,
            To = to,
            ToName = subjectCase.Requester.Name,
            Subject = subject,
            Body = body,
        }, cancellationToken);
    }
}

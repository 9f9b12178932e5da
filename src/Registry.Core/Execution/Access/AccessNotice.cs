using Registry.Cases;
using Registry.Letters;

namespace Registry.Execution.Access;

/// <summary>The letter that tells the person where their copy is, until when the links work, and when it is deleted.</summary>
public static class AccessNotice
{
    private static readonly TimeZoneInfo Helsinki =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Helsinki", out var zone) ? zone : TimeZoneInfo.Utc;

    public static OutboundLetter Letter(SubjectCase subjectCase, ReadLink document, ReadLink data, DateOnly deletedOn)
    {
        var language = subjectCase.Language;
        var expires = document.ExpiresOn < data.ExpiresOn ? document.ExpiresOn : data.ExpiresOn;
        var (subject, body) = LetterTemplates.Render(LetterKind.AccessNotice, language, new Dictionary<string, string>
        {
            ["reference"] = subjectCase.Reference.Value,
            ["name"] = LetterVocabulary.Greeting(subjectCase.Requester.Name, language),
            ["documentLink"] = document.Uri.AbsoluteUri,
            ["dataLink"] = data.Uri.AbsoluteUri,

            // The day the links stop working, in Finnish time like every date in our letters.
            ["expiresOn"] = LetterVocabulary.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(expires, Helsinki).DateTime), language),
            ["deletedOn"] = LetterVocabulary.Date(deletedOn, language),
        });
        return new OutboundLetter
        {
            LetterId = $"{subjectCase.Reference.Value}-access-notice",
            Kind = LetterKind.AccessNotice,
            CaseReference = subjectCase.Reference,
            Language = language,
            To = subjectCase.Requester.Email,
            ToName = subjectCase.Requester.Name,
            Subject = subject,
            Body = body,
        };
    }
}

using Registry.Cases;
using Registry.Letters;

namespace Registry.Restrictions;

/// <summary>The letters of a restriction: placed (<c>{reference}-restriction-done</c>) and, before it ends, lifted (<c>{reference}-restriction-lifted</c>).</summary>
public static class RestrictionLetters
{
    public static OutboundLetter Done(SubjectCase subjectCase) => Letter(subjectCase, LetterKind.RestrictionDone, "restriction-done", []);

    public static OutboundLetter Lifted(SubjectCase subjectCase, string reasons) =>
        Letter(subjectCase, LetterKind.RestrictionLifted, "restriction-lifted", new() { ["reasons"] = reasons });

    private static OutboundLetter Letter(SubjectCase subjectCase, LetterKind kind, string what, Dictionary<string, string> values)
    {
        var language = subjectCase.Language;
        values["reference"] = subjectCase.Reference.Value;
        values["name"] = LetterVocabulary.Greeting(subjectCase.Requester.Name, language);
        var (title, body) = LetterTemplates.Render(kind, language, values);
        return new OutboundLetter
        {
            LetterId = $"{subjectCase.Reference.Value}-{what}",
            Kind = kind,
            CaseReference = subjectCase.Reference,
            Language = language,
            To = subjectCase.Requester.Email,
            ToName = subjectCase.Requester.Name,
            Subject = title,
            Body = body,
        };
    }
}

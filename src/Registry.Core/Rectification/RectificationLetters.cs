using Registry.Cases;
using Registry.Letters;
using Registry.Recipients;
using Registry.Subjects;

namespace Registry.Rectification;

/// <summary>
/// The letters of a rectification: the Art. 19 notice to a client that delivered or received a corrected value
/// (<c>{reference}-rectification-notice-{client}</c>); the answer to the person goes through <see cref="CaseLetters"/>.
/// </summary>
public static class RectificationLetters
{
    public static OutboundLetter Notice(
        SubjectCase subjectCase, SubjectId subject, string clientId, RecipientContact contact, NoticeFields fields, IReadOnlyList<RectificationChange> changes)
    {
        var language = contact.LetterLanguage;
        var (title, body) = LetterTemplates.Render(LetterKind.RectificationNotice, language, new Dictionary<string, string>
        {
            ["reference"] = subjectCase.Reference.Value,
            ["recipient"] = string.IsNullOrWhiteSpace(contact.Name) ? clientId : contact.Name,
            ["subject"] = subject.Value,
            ["why"] = Why(fields, language),
            ["changes"] = Changes(changes.Where(c => fields.All.Contains(c.Field)), language),
        });
        return new OutboundLetter
        {
            LetterId = $"{subjectCase.Reference.Value}-rectification-notice-{clientId}",
            Kind = LetterKind.RectificationNotice,
            CaseReference = subjectCase.Reference,
            Language = language,
            To = contact.Email,
            ToName = contact.Name,
            Subject = title,
            Body = body,
        };
    }

    /// <summary>The <c>rectification-done</c> letter's values: the corrected values and whom the correction was told to.</summary>
    public static Dictionary<string, string> DoneValues(CaseLanguage language, IReadOnlyList<RectificationChange> changes, IReadOnlyList<string> notified) => new()
    {
        ["changes"] = Changes(changes, language),
        ["notified"] = notified.Count == 0
            ? LetterVocabulary.In(
                language,
                "- ei kenellekään: tietoja ei ollut saatu muualta eikä luovutettu",
                "- ingen: uppgifterna hade inte kommit från någon annan och inte lämnats ut",
                "- no one: the data came from no one else and was not disclosed")
            : LetterVocabulary.List(notified),
    };

    public static string Changes(IEnumerable<RectificationChange> changes, CaseLanguage language) =>
        LetterVocabulary.List(changes.Select(c => $"{Label(c.Field, language)}: {Value(c)}"));

    private static string Why(NoticeFields fields, CaseLanguage language) => (fields.Source.Count > 0, fields.Disclosed.Count > 0, language) switch
    {
        (true, true, CaseLanguage.Fi) => "saimme osan näistä tiedoista teiltä ja olemme luovuttaneet niitä teille",
        (true, _, CaseLanguage.Fi) => "saimme korjatut tiedot alun perin teiltä",
        (_, _, CaseLanguage.Fi) => "olemme luovuttaneet nämä tiedot teille",
        (true, true, CaseLanguage.Sv) => "en del av dessa uppgifter kom från er och vi har lämnat ut dem till er",
        (true, _, CaseLanguage.Sv) => "de rättade uppgifterna kom ursprungligen från er",
        (_, _, CaseLanguage.Sv) => "vi har lämnat ut dessa uppgifter till er",
        (true, true, _) => "some of this data came from you and we have disclosed it to you",
        (true, _, _) => "the corrected data originally came from you",
        _ => "we have disclosed this data to you",
    };

    private static string Label(ProfileField field, CaseLanguage language) => (field, language) switch
    {
        (ProfileField.FirstName, CaseLanguage.Fi) => "etunimi",
        (ProfileField.LastName, CaseLanguage.Fi) => "sukunimi",
        (ProfileField.Organisation, CaseLanguage.Fi) => "organisaatio",
        (ProfileField.Email, CaseLanguage.Fi) => "sähköpostiosoite",
        (ProfileField.Phone, CaseLanguage.Fi) => "puhelinnumero",
        (ProfileField.PostalAddress, CaseLanguage.Fi) => "postiosoite",
        (ProfileField.FirstName, CaseLanguage.Sv) => "förnamn",
        (ProfileField.LastName, CaseLanguage.Sv) => "efternamn",
        (ProfileField.Organisation, CaseLanguage.Sv) => "organisation",
        (ProfileField.Email, CaseLanguage.Sv) => "e-postadress",
        (ProfileField.Phone, CaseLanguage.Sv) => "telefonnummer",
        (ProfileField.PostalAddress, CaseLanguage.Sv) => "postadress",
        (ProfileField.FirstName, _) => "first name",
        (ProfileField.LastName, _) => "last name",
        (ProfileField.Organisation, _) => "organisation",
        (ProfileField.Email, _) => "e-mail address",
        (ProfileField.Phone, _) => "phone number",
        _ => "postal address",
    };

    private static string Value(RectificationChange change) => change.Field switch
    {
        ProfileField.Email => change.Email!.Value.Value,
        ProfileField.Phone => change.Phone!.Value.E164,
        ProfileField.Organisation => change.Organisation!.BusinessId is { } id ? $"{change.Organisation.Name} ({id.Value})" : change.Organisation.Name,
        ProfileField.PostalAddress => $"{change.Address!.Street}, {change.Address.PostalCode} {change.Address.City}, {change.Address.Country}",
        _ => change.Text!,
    };
}

using Registry.Cases;
using Registry.Core.Tests.Rectification;
using Registry.Objections;
using Registry.Preferences;
using Registry.Recipients;
using Registry.Rectification;
using Registry.Restrictions;

namespace Registry.Core.Tests.Letters;

/// <summary>Every letter of rectification, objection and restriction renders in Finnish and English with nothing left unfilled.</summary>
public class CaseActionLettersTests
{
    public static TheoryData<CaseLanguage> Languages => [CaseLanguage.Fi, CaseLanguage.En];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Letters_RenderInTheCaseLanguageWithTheirValues(CaseLanguage language)
    {
        var subjectCase = RectificationData.Case(RectificationData.Email(), RectificationData.LastName("Oikea")) with { Language = language };
        var fields = new NoticeFields();
        fields.Source.Add(ProfileField.Email);

        var letters = new[]
        {
            RectificationLetters.Done(subjectCase, subjectCase.Rectification, ["Web shop"]),
            RectificationLetters.Notice(subjectCase, RectificationData.Subject, "webshop", new RecipientContact { Email = "p@w.example", Name = "Web shop", Language = language == CaseLanguage.Fi ? "fi" : "en" }, fields, subjectCase.Rectification),
            ObjectionStep.Letter(subjectCase, [ConsentPurpose.DirectMarketing]),
            RestrictionLetters.Done(subjectCase),
            RestrictionLetters.Lifted(subjectCase, "Accuracy verified"),
        };

        Assert.All(letters, l => Assert.Equal(language, l.Language));
        Assert.All(letters, l => Assert.Contains(subjectCase.Reference.Value, l.Subject, StringComparison.Ordinal));
        Assert.All(letters, l => Assert.DoesNotContain("{{", l.Body, StringComparison.Ordinal));
        Assert.Contains("maija.oikea@example.fi", letters[0].Body, StringComparison.Ordinal);
        Assert.Contains("Web shop", letters[0].Body, StringComparison.Ordinal);
        Assert.Contains("maija.oikea@example.fi", letters[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Oikea", letters[1].Body, StringComparison.Ordinal); // only the fields this client had
        Assert.Contains(RectificationData.Subject.Value, letters[1].Body, StringComparison.Ordinal);
        Assert.Contains(language == CaseLanguage.Fi ? "muu suoramarkkinointi" : "other direct marketing", letters[2].Body, StringComparison.Ordinal);
        Assert.Contains(language == CaseLanguage.Fi ? "18 artiklan 3 kohta" : "Article 18(3)", letters[3].Body, StringComparison.Ordinal);
        Assert.Contains("tietosuoja@om.fi", letters[4].Body, StringComparison.Ordinal);
        Assert.Contains("Accuracy verified", letters[4].Body, StringComparison.Ordinal);
        Assert.Equal($"{subjectCase.Reference.Value}-rectification-notice-webshop", letters[1].LetterId);
    }
}

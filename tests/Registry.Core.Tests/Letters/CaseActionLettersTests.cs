using Moq;
using Registry.Cases;
using Registry.Core.Tests.Rectification;
using Registry.Letters;
using Registry.Objections;
using Registry.Preferences;
using Registry.Recipients;
using Registry.Rectification;
using Registry.Serialization;

namespace Registry.Core.Tests.Letters;

/// <summary>Every letter of rectification, objection and restriction renders in Finnish, Swedish and English with nothing left unfilled.</summary>
public class CaseActionLettersTests
{
    public static TheoryData<CaseLanguage> Languages => [CaseLanguage.Fi, CaseLanguage.En, CaseLanguage.Sv];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Letters_RenderInTheCaseLanguageWithTheirValues(CaseLanguage language)
    {
        var sent = new List<OutboundLetter>();
        var mail = new Mock<IOutboundMail>();
        mail.Setup(m => m.SendAsync(It.IsAny<OutboundLetter>(), It.IsAny<CancellationToken>())).Callback((OutboundLetter l, CancellationToken _) => sent.Add(l));
        var caseLetters = new CaseLetters(mail.Object);
        var subjectCase = RectificationData.Case(RectificationData.Email(), RectificationData.LastName("Oikea")) with { Language = language };
        var fields = new NoticeFields();
        fields.Source.Add(ProfileField.Email);

        await caseLetters.SendAsync(subjectCase, LetterKind.RectificationDone, RectificationLetters.DoneValues(language, subjectCase.Rectification, ["Web shop"]));
        sent.Add(RectificationLetters.Notice(subjectCase, RectificationData.Subject, "webshop", new RecipientContact { Email = "p@w.example", Name = "Web shop", Language = WireName<CaseLanguage>.Of(language) }, fields, subjectCase.Rectification));
        await caseLetters.SendAsync(subjectCase, LetterKind.ObjectionDone, ObjectionStep.Values(language, [ConsentPurpose.DirectMarketing]));
        await caseLetters.SendAsync(subjectCase, LetterKind.RestrictionDone, []);
        await caseLetters.SendAsync(subjectCase, LetterKind.RestrictionLifted, new() { ["reasons"] = "Accuracy verified" });
        var letters = sent.ToArray();

        Assert.All(letters, l => Assert.Equal(language, l.Language));
        Assert.All(letters, l => Assert.Contains(subjectCase.Reference.Value, l.Subject, StringComparison.Ordinal));
        Assert.All(letters, l => Assert.DoesNotContain("{{", l.Body, StringComparison.Ordinal));
        Assert.Contains("maija.oikea@example.fi", letters[0].Body, StringComparison.Ordinal);
        Assert.Contains("Web shop", letters[0].Body, StringComparison.Ordinal);
        Assert.Contains("maija.oikea@example.fi", letters[1].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Oikea", letters[1].Body, StringComparison.Ordinal); // only the fields this client had
        Assert.Contains(RectificationData.Subject.Value, letters[1].Body, StringComparison.Ordinal);
        Assert.Contains(LetterVocabulary.In(language, "muu suoramarkkinointi", "annan direktmarknadsföring", "other direct marketing"), letters[2].Body, StringComparison.Ordinal);
        Assert.Contains(LetterVocabulary.In(language, "18 artiklan 3 kohta", "artikel 18.3", "Article 18(3)"), letters[3].Body, StringComparison.Ordinal);
        Assert.Contains("tietosuoja@om.fi", letters[4].Body, StringComparison.Ordinal);
        Assert.Contains("Accuracy verified", letters[4].Body, StringComparison.Ordinal);
        Assert.Equal($"{subjectCase.Reference.Value}-rectification-notice-webshop", letters[1].LetterId);
        Assert.Equal(
            ["rectification-done", "objection-done", "restriction-done", "restriction-lifted"],
            new[] { letters[0], letters[2], letters[3], letters[4] }.Select(l => l.LetterId[(subjectCase.Reference.Value.Length + 1)..]));
    }
}

using System.Text.RegularExpressions;
using Registry.Cases;
using Registry.Letters;
using Registry.Serialization;

namespace Registry.Core.Tests.Letters;

/// <summary>Every letter exists in every case language (fi, sv, en) with the same placeholders, and the Swedish ones use the Swedish legal terms.</summary>
public partial class LetterTemplatesTests
{
    public static TheoryData<LetterKind, CaseLanguage> KindsAndLanguages()
    {
        var data = new TheoryData<LetterKind, CaseLanguage>();
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            foreach (var language in Enum.GetValues<CaseLanguage>())
            {
                data.Add(kind, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void Template_ExistsWithTheFinnishPlaceholders_AndRendersWithNothingLeft(LetterKind kind, CaseLanguage language)
    {
        var placeholders = Placeholders(Raw(kind, CaseLanguage.Fi));
        Assert.Equal(placeholders, Placeholders(Raw(kind, language)));

        var (subject, body) = LetterTemplates.Render(kind, language, placeholders.ToDictionary(p => p, p => $"<{p}>"));

        Assert.False(string.IsNullOrWhiteSpace(subject));
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LetterKind.Refusal, "Dataombudsmannens byrå", "PB 800, 00531 Helsingfors", "Fågelviksgränden 4, 00530 Helsingfors", "tietosuoja@om.fi", "artikel 77 i dataskyddsförordningen")]
    [InlineData(LetterKind.ErasurePartial, "Dataombudsmannens byrå", "PB 800, 00531 Helsingfors", "tietosuoja@om.fi", "artikel 17.3", "Med vänlig hälsning")]
    [InlineData(LetterKind.AccessNotice, "Dataombudsmannens byrå", "registrerad", "maskinläsbar", "tietosuoja@om.fi", "Tailorframe Oy, Dataskydd")]
    [InlineData(LetterKind.RectificationNotice, "den registrerade", "artikel 19 i dataskyddsförordningen", "Rättade värden", "Bästa", "Tailorframe Oy, Dataskydd")]
    public void SwedishLetter_UsesTheSwedishLegalTerms(LetterKind kind, params string[] expected)
    {
        var raw = Raw(kind, CaseLanguage.Sv);

        Assert.StartsWith("Ämne: ", raw, StringComparison.Ordinal);
        Assert.All(expected, text => Assert.Contains(text, raw, StringComparison.Ordinal));
    }

    [Fact]
    public void Acknowledgement_InSwedish_SaysWhatWasUnderstoodAndTheDeadlineInSwedish()
    {
        var (subject, body) = LetterTemplates.Render(LetterKind.Acknowledgement, CaseLanguage.Sv, new Dictionary<string, string>
        {
            ["reference"] = "DSR-2026-0007",
            ["name"] = LetterVocabulary.Greeting(null, CaseLanguage.Sv),
            ["understood"] = LetterVocabulary.Types([RequestType.Access, RequestType.Erasure], CaseLanguage.Sv),
            ["deadline"] = LetterVocabulary.Date(new DateOnly(2027, 1, 5), CaseLanguage.Sv),
            ["next"] = "-",
        });

        Assert.Equal("Vi har tagit emot din begäran om dataskydd (DSR-2026-0007)", subject);
        Assert.Contains("Bästa kund,", body, StringComparison.Ordinal);
        Assert.Contains("tillgång till dina personuppgifter och en kopia av dem; radering av dina uppgifter", body, StringComparison.Ordinal);
        Assert.Contains("senast den 5 januari 2027", body, StringComparison.Ordinal);
    }

    private static string Raw(LetterKind kind, CaseLanguage language)
    {
        var name = $"Registry.Letters.Templates.{WireName<LetterKind>.Of(kind).Replace("_", "-", StringComparison.Ordinal)}.{WireName<CaseLanguage>.Of(language)}.txt";
        using var stream = typeof(LetterTemplates).Assembly.GetManifestResourceStream(name);
        Assert.True(stream is not null, $"no template {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static SortedSet<string> Placeholders(string template) => new(Placeholder().Matches(template).Select(m => m.Groups[1].Value), StringComparer.Ordinal);

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}

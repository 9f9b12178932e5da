using System.Globalization;
using Registry.Cases;
using Registry.Preferences;

namespace Registry.Letters;

/// <summary>The words letters use for request types and dates, in the case's language.</summary>
public static class LetterVocabulary
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Type(RequestType type, CaseLanguage language) => (type, language) switch
    {
        (RequestType.Access, CaseLanguage.Fi) => "pääsy omiin tietoihin (tarkastusoikeus) ja kopio niistä",
        (RequestType.Rectification, CaseLanguage.Fi) => "tietojen oikaisu",
        (RequestType.Erasure, CaseLanguage.Fi) => "tietojen poistaminen",
        (RequestType.Objection, CaseLanguage.Fi) => "käsittelyn vastustaminen (esimerkiksi suoramarkkinointikielto)",
        (RequestType.Restriction, CaseLanguage.Fi) => "käsittelyn rajoittaminen",
        (RequestType.Anonymisation, CaseLanguage.Fi) => "tietojen anonymisointi",
        (RequestType.Access, _) => "access to your personal data and a copy of it",
        (RequestType.Rectification, _) => "correction of your data",
        (RequestType.Erasure, _) => "erasure of your data",
        (RequestType.Objection, _) => "objection to processing (for example to direct marketing)",
        (RequestType.Restriction, _) => "restriction of processing",
        _ => "anonymisation of your data",
    };

    public static string Types(IReadOnlyList<RequestType> types, CaseLanguage language) => types.Count == 0
        ? language == CaseLanguage.Fi ? "emme pystyneet päättelemään pyyntöä varmasti, joten tietosuojavastaava lukee viestinne itse" : "we could not tell for certain, so our privacy officer will read your message in person"
        : string.Join(language == CaseLanguage.Fi ? "; " : "; ", types.Select(t => Type(t, language)));

    /// <summary>A purpose as the notice names it [S1, S8, S10].</summary>
    public static string Purpose(ConsentPurpose purpose, CaseLanguage language) => (purpose, language) switch
    {
        (ConsentPurpose.DirectAdvertising, CaseLanguage.Fi) => "suoramainonta",
        (ConsentPurpose.DistanceSelling, CaseLanguage.Fi) => "etämyynti",
        (ConsentPurpose.DirectMarketing, CaseLanguage.Fi) => "muu suoramarkkinointi",
        (ConsentPurpose.MarketResearch, CaseLanguage.Fi) => "markkina- ja mielipidetutkimukset",
        (ConsentPurpose.TargetedContent, CaseLanguage.Fi) => "kohdennettu sisältö ja markkinointi (profilointi)",
        (ConsentPurpose.Publication, CaseLanguage.Fi) => "tietojen julkaiseminen",
        (ConsentPurpose.DirectAdvertising, _) => "direct advertising",
        (ConsentPurpose.DistanceSelling, _) => "distance selling",
        (ConsentPurpose.DirectMarketing, _) => "other direct marketing",
        (ConsentPurpose.MarketResearch, _) => "market and opinion research",
        (ConsentPurpose.TargetedContent, _) => "targeted content and marketing (profiling)",
        _ => "publication of your data",
    };

    /// <summary>One line per item, each starting with "- ".</summary>
    public static string List(IEnumerable<string> items) => string.Join('\n', items.Select(i => $"- {i}"));

    public static string Date(DateOnly date, CaseLanguage language) =>
        language == CaseLanguage.Fi ? date.ToString("d.M.yyyy", Finnish) : date.ToString("d MMMM yyyy", English);

    public static string Greeting(string? name, CaseLanguage language) =>
        string.IsNullOrWhiteSpace(name) ? (language == CaseLanguage.Fi ? "asiakkaamme" : "customer") : name;
}

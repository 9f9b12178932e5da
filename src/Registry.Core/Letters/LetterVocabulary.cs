using System.Globalization;
using Registry.Cases;
using Registry.Preferences;

namespace Registry.Letters;

/// <summary>The words letters use for request types and dates, in the case's language.</summary>
public static class LetterVocabulary
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-FI");

    public static string Type(RequestType type, CaseLanguage language) => (type, language) switch
    {
        (RequestType.Access, CaseLanguage.Fi) => "pääsy omiin tietoihin (tarkastusoikeus) ja kopio niistä",
        (RequestType.Rectification, CaseLanguage.Fi) => "tietojen oikaisu",
        (RequestType.Erasure, CaseLanguage.Fi) => "tietojen poistaminen",
        (RequestType.Objection, CaseLanguage.Fi) => "käsittelyn vastustaminen (esimerkiksi suoramarkkinointikielto)",
        (RequestType.Restriction, CaseLanguage.Fi) => "käsittelyn rajoittaminen",
        (RequestType.Anonymisation, CaseLanguage.Fi) => "tietojen anonymisointi",
        (RequestType.Access, CaseLanguage.Sv) => "tillgång till dina personuppgifter och en kopia av dem",
        (RequestType.Rectification, CaseLanguage.Sv) => "rättelse av dina uppgifter",
        (RequestType.Erasure, CaseLanguage.Sv) => "radering av dina uppgifter",
        (RequestType.Objection, CaseLanguage.Sv) => "invändning mot behandling (till exempel mot direktmarknadsföring)",
        (RequestType.Restriction, CaseLanguage.Sv) => "begränsning av behandlingen",
        (RequestType.Anonymisation, CaseLanguage.Sv) => "anonymisering av dina uppgifter",
        (RequestType.Access, _) => "access to your personal data and a copy of it",
        (RequestType.Rectification, _) => "correction of your data",
        (RequestType.Erasure, _) => "erasure of your data",
        (RequestType.Objection, _) => "objection to processing (for example to direct marketing)",
        (RequestType.Restriction, _) => "restriction of processing",
        _ => "anonymisation of your data",
    };

    public static string Types(IReadOnlyList<RequestType> types, CaseLanguage language) => types.Count == 0
        ? language switch
        {
            CaseLanguage.Fi => "emme pystyneet päättelemään pyyntöä varmasti, joten tietosuojavastaava lukee viestinne itse",
            CaseLanguage.Sv => "vi kunde inte avgöra det säkert, så vårt dataskyddsombud läser ditt meddelande personligen",
            _ => "we could not tell for certain, so our privacy officer will read your message in person",
        }
        : string.Join("; ", types.Select(t => Type(t, language)));

    /// <summary>A purpose as the notice names it [S1, S8, S10].</summary>
    public static string Purpose(ConsentPurpose purpose, CaseLanguage language) => (purpose, language) switch
    {
        (ConsentPurpose.DirectAdvertising, CaseLanguage.Fi) => "suoramainonta",
        (ConsentPurpose.DistanceSelling, CaseLanguage.Fi) => "etämyynti",
        (ConsentPurpose.DirectMarketing, CaseLanguage.Fi) => "muu suoramarkkinointi",
        (ConsentPurpose.MarketResearch, CaseLanguage.Fi) => "markkina- ja mielipidetutkimukset",
        (ConsentPurpose.TargetedContent, CaseLanguage.Fi) => "kohdennettu sisältö ja markkinointi (profilointi)",
        (ConsentPurpose.Publication, CaseLanguage.Fi) => "tietojen julkaiseminen",
        (ConsentPurpose.DirectAdvertising, CaseLanguage.Sv) => "direktreklam",
        (ConsentPurpose.DistanceSelling, CaseLanguage.Sv) => "distansförsäljning",
        (ConsentPurpose.DirectMarketing, CaseLanguage.Sv) => "annan direktmarknadsföring",
        (ConsentPurpose.MarketResearch, CaseLanguage.Sv) => "marknads- och opinionsundersökningar",
        (ConsentPurpose.TargetedContent, CaseLanguage.Sv) => "riktat innehåll och riktad marknadsföring (profilering)",
        (ConsentPurpose.Publication, CaseLanguage.Sv) => "publicering av dina uppgifter",
        (ConsentPurpose.DirectAdvertising, _) => "direct advertising",
        (ConsentPurpose.DistanceSelling, _) => "distance selling",
        (ConsentPurpose.DirectMarketing, _) => "other direct marketing",
        (ConsentPurpose.MarketResearch, _) => "market and opinion research",
        (ConsentPurpose.TargetedContent, _) => "targeted content and marketing (profiling)",
        _ => "publication of your data",
    };

    /// <summary>One line per item, each starting with "- ".</summary>
    public static string List(IEnumerable<string> items) => string.Join('\n', items.Select(i => $"- {i}"));

    public static string Date(DateOnly date, CaseLanguage language) => language switch
    {
        CaseLanguage.Fi => date.ToString("d.M.yyyy", Finnish),
        CaseLanguage.Sv => date.ToString("d MMMM yyyy", Swedish),
        _ => date.ToString("d MMMM yyyy", English),
    };

    public static string Greeting(string? name, CaseLanguage language) =>
        string.IsNullOrWhiteSpace(name) ? language switch { CaseLanguage.Fi => "asiakkaamme", CaseLanguage.Sv => "kund", _ => "customer" } : name;

    /// <summary>The one of three texts in the case's language: Finnish, Swedish or English.</summary>
    public static string In(CaseLanguage language, string fi, string sv, string en) => language switch
    {
        CaseLanguage.Fi => fi,
        CaseLanguage.Sv => sv,
        _ => en,
    };
}

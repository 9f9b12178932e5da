using System.Globalization;
using Registry.Cases;

namespace Registry.Execution.Access.Html;

/// <summary>
/// The words of the readable access document in one language. Kept apart from the markup so the wording (and its
/// legal content, Art. 15(1)(a)–(h)) is reviewed in <c>AccessTexts.Fi.cs</c>, <c>AccessTexts.Sv.cs</c> and <c>AccessTexts.En.cs</c> side by side.
/// Codes without a label are shown as the code itself, never dropped.
/// </summary>
public sealed class AccessTexts
{
    public static AccessTexts For(CaseLanguage language) => language switch
    {
        CaseLanguage.En => EnglishAccessTexts.Texts,
        CaseLanguage.Sv => SwedishAccessTexts.Texts,
        _ => FinnishAccessTexts.Texts,
    };

    public required CultureInfo Culture { get; init; }

    public required string DateFormat { get; init; }

    public required string TimeFormat { get; init; }

    public required string Title { get; init; }

    /// <summary>{0} case reference, {1} generation time, {2} controller.</summary>
    public required string Lead { get; init; }

    public required string NoCustomerData { get; init; }

    public required string ControllerHeading { get; init; }

    public required IReadOnlyDictionary<string, string> Headings { get; init; }

    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    public required IReadOnlyDictionary<string, string> Fields { get; init; }

    /// <summary>Purpose code → (what, legal basis).</summary>
    public required IReadOnlyDictionary<string, (string What, string Basis)> Purposes { get; init; }

    public required IReadOnlyDictionary<string, string> Categories { get; init; }

    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    public required IReadOnlyDictionary<string, string> RecipientCategories { get; init; }

    /// <summary>Consent purposes, states, invoice statuses, channels, holds, case statuses and event kinds, by wire name.</summary>
    public required IReadOnlyDictionary<string, string> Codes { get; init; }

    /// <summary>Retention rule code → explanation; {0} is the number of years or days that applies.</summary>
    public required IReadOnlyDictionary<string, string> RetentionRules { get; init; }

    public required string RecipientsIntro { get; init; }

    public required string NoDisclosures { get; init; }

    public required string Transfers { get; init; }

    public required string SourcesIntro { get; init; }

    public required IReadOnlyList<string> Rights { get; init; }

    public required string RightsHow { get; init; }

    public required IReadOnlyList<string> Complaint { get; init; }

    public required string Automated { get; init; }

    /// <summary>{0} the JSON file's name, {1} the day it is deleted, {2} the schema id.</summary>
    public required string AboutCopy { get; init; }

    public required string None { get; init; }

    public required string Erased { get; init; }

    public required string Unknown { get; init; }

    public static string Label(IReadOnlyDictionary<string, string> labels, string code) => labels.TryGetValue(code, out var label) ? label : code;

    public string Heading(string key) => Headings[key];
}

using System.Text.RegularExpressions;
using Registry.Preferences;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// Which purposes an objection names, in Finnish or English, when it names only particular ones: "no more surveys"
/// is an objection to market research, "do not publish my name" to publication. Anything that speaks of marketing,
/// advertising, newsletters or offers in general gives no purposes, which means every marketing purpose: when in
/// doubt the objection is read widely, never narrowly. The officer sees the purposes on the case and decides.
/// </summary>
public static partial class ObjectionPurposeHints
{
    public static IReadOnlyList<ConsentPurpose> Named(string? subject, string? body)
    {
        var text = MessageText.Own(subject, body).ToLowerInvariant();
        if (General().IsMatch(text))
        {
            return [];
        }

        var named = new List<ConsentPurpose>();
        Add(named, Research(), text, ConsentPurpose.MarketResearch);
        Add(named, Calls(), text, ConsentPurpose.DistanceSelling);
        Add(named, Profiling(), text, ConsentPurpose.TargetedContent);
        Add(named, Publishing(), text, ConsentPurpose.Publication);
        return named;
    }

    private static void Add(List<ConsentPurpose> named, Regex pattern, string text, ConsentPurpose purpose)
    {
        if (pattern.IsMatch(text))
        {
            named.Add(purpose);
        }
    }

    [GeneratedRegex(@"market|maino[ksn]|advert|\bads?\b|newsletter|uutiskir|offers?\b|tarjou|promotion|spam|kaikk|\ball\b|suoramark", LinearRegex.Options)]
    private static partial Regex General();

    [GeneratedRegex(@"research|survey|questionnaire|\bpolls?\b|tutkimu|kysely|mielipide", LinearRegex.Options)]
    private static partial Regex Research();

    [GeneratedRegex(@"phone\s+sales|cold\s+call|calling\s+me|call\s+me|puhelinmyyn|soitta|soitto|etämyyn|distance\s+selling", LinearRegex.Options)]
    private static partial Regex Calls();

    [GeneratedRegex(@"profil|personali[sz]|kohdenn", LinearRegex.Options)]
    private static partial Regex Profiling();

    [GeneratedRegex(@"publish|publication|julkais", LinearRegex.Options)]
    private static partial Regex Publishing();
}

using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>
/// A request that cites the GDPR article instead of naming the right: "Art. 17", "Article 15 GDPR", "artikla 17",
/// "tietosuoja-asetuksen 15 artiklan", "artikel 18 i dataskyddsförordningen". Articles 15 to 22 map to the request they
/// give; a citation counts only where the writer speaks of themself (I, my, minä, pyydän, tietoni, jag, mina), so a
/// vendor's mail about "your Article 17 requests" is not a request.
/// </summary>
internal static partial class LegalReferences
{
    /// <summary>The articles of Regulation (EU) 2016/679 a person invokes, and the request each is read as.</summary>
    public static readonly IReadOnlyDictionary<int, RequestType> Articles = new Dictionary<int, RequestType>
    {
        [15] = RequestType.Access,          // right of access
        [16] = RequestType.Rectification,   // rectification, completing incomplete data
        [17] = RequestType.Erasure,         // erasure ("right to be forgotten")
        [18] = RequestType.Restriction,     // restriction of processing
        [20] = RequestType.Access,          // portability: the access package carries the machine-readable copy
        [21] = RequestType.Objection,       // right to object, direct marketing
        [22] = RequestType.Objection,       // automated decisions, profiling: objected to like profiling for marketing
    };

    /// <summary>Article 19 (notifying recipients) is the controller's duty and no request: it maps to nothing.</summary>
    public static IEnumerable<(RequestType Type, int Article)> In(string lower)
    {
        if (!FirstPerson().IsMatch(lower))
        {
            yield break;
        }

        foreach (Match match in Citation().Matches(lower))
        {
            var number = int.Parse(match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (Articles.TryGetValue(number, out var type))
            {
                yield return (type, number);
            }
        }
    }

    // "art. 17", "article 15", "artikla 17", "artiklaan 17", "artikel 18", "artikeln 18"; or the number first: "15 artiklan", "17. artikla", "18 artikeln".
    [GeneratedRegex(@"\bart(icle|ikla\w*|ikel\w*)?\.?\s{0,3}(?<a>1[5-9]|2[0-2])\b|\b(?<b>1[5-9]|2[0-2])\.?\s{0,3}(artikla\w*|artikel\w*|article)\b", LinearRegex.Options)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\b(i|i'm|i'd|i've|my|me|mine|minä|minun|minua|minulle|minusta|mun|mua|mulle|musta|pyydän|haluan|vaadin|käytän|viittaan|toivon|kiellän|vastustan|kiistän|jag|mig|min|mina|mitt)\b|\w{3}(ni|ani|äni|eni|ini)\b", LinearRegex.Options)]
    private static partial Regex FirstPerson();
}

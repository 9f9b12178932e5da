using System.Text.RegularExpressions;
using Registry.Validation;

namespace Registry.Cases.Classification;

/// <summary>Customer and order numbers a writer quotes, in Finnish or English, to help find them in the register.</summary>
public static partial class IdentityHints
{
    public static IReadOnlyList<string> CustomerNumbers(string text) => Distinct(CustomerNumber().Matches(text));

    public static IReadOnlyList<string> OrderNumbers(string text) =>
        Distinct(OrderNumber().Matches(text)).Union(Distinct(OrderIdShape().Matches(text)).Where(n => !n.StartsWith("DSR-", StringComparison.Ordinal))).ToList();

    private static List<string> Distinct(MatchCollection matches) =>
        matches.Select(m => m.Groups["n"].Value.TrimEnd('.', ',')).Where(n => n.Any(char.IsDigit)).Distinct().ToList();

    [GeneratedRegex(@"(asiakas(numero|nro|tunnus)(ni|mme)?|customer\s*(number|no\.?|id|#))\s*(on|is)?\s*[:#]?\s*(?<n>[A-Z0-9][A-Z0-9-]{3,20})", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex CustomerNumber();

    [GeneratedRegex(@"(tilaus(numero|nro|tunnus)?(ni|mme)?|order\s*(number|no\.?|id|#|nr)?)\s*(on|is|oli|was)?\s*[:#]?\s*(?<n>[A-Z]{0,4}-?\d[A-Z0-9-]{3,20})", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();

    // The shape the web shop and stores print on receipts: WS-2026-1001, ST-2025-0042 (a case reference is not one).
    [GeneratedRegex(@"\b(?<n>[A-Z]{2,4}-20\d{2}-\d{3,8})\b", LinearRegex.Options)]
    private static partial Regex OrderIdShape();
}

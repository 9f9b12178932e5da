using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Cases;

/// <summary>
/// The reference of a case, <c>DSR-2026-0042</c>: the year of receipt and a number counted per year
/// (at least four digits). It names the case in letters, in the subject line of replies, in table keys
/// and in logs; it reveals nothing about the person.
/// </summary>
[JsonConverter(typeof(CaseReference.JsonConverter))]
public readonly partial record struct CaseReference
{
    private CaseReference(string value) => Value = value;

    public string Value { get; }

    public static CaseReference Create(int year, long number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return new CaseReference(string.Create(CultureInfo.InvariantCulture, $"DSR-{year}-{number:D4}"));
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out CaseReference reference)
    {
        // The number is written with at least four digits and no more leading zeros than that: one spelling per case.
        reference = text is not null && Exact().IsMatch(text) && !text.AsSpan(9).StartsWith("0000") ? new CaseReference(text) : default;
        return reference.Value is not null;
    }

    /// <summary>The first case reference in free text (a reply's subject line), in any letter case.</summary>
    public static CaseReference? FindIn(string? text)
    {
        var match = text is null ? Match.Empty : Anywhere().Match(text);
        return match.Success
            ? new CaseReference(string.Create(CultureInfo.InvariantCulture, $"DSR-{match.Groups[1].Value}-{match.Groups[2].Value}"))
            : null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^DSR-20\d{2}-\d{4,9}$", LinearRegex.Options)]
    private static partial Regex Exact();

    [GeneratedRegex(@"\bDSR[-\s]?(20\d{2})[-\s]?(\d{4,9})\b", LinearRegex.Options | RegexOptions.IgnoreCase)]
    private static partial Regex Anywhere();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<CaseReference>
    {
        protected override bool TryParse(string? text, out CaseReference value) => CaseReference.TryParse(text, out value);

        protected override string Format(CaseReference value) => value.Value;
    }
}

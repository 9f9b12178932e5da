using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Organisations;

/// <summary>
/// A Finnish business ID (Y-tunnus), e.g. <c>2537284-7</c>: seven digits, a hyphen and a check
/// digit. The check digit rule is the Finnish Tax Administration's: weights 7, 9, 10, 5, 8, 4, 2;
/// remainder of the weighted sum modulo 11 is 0 → check digit 0, 1 → never issued, otherwise 11 − remainder.
/// </summary>
[JsonConverter(typeof(BusinessId.JsonConverter))]
public readonly partial record struct BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out BusinessId id)
    {
        id = default;
        var trimmed = text?.Trim();
        if (trimmed is null || !Shape().IsMatch(trimmed))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (trimmed[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        if (remainder == 1)
        {
            return false;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        if (trimmed[8] - '0' != check)
        {
            return false;
        }

        id = new BusinessId(trimmed);
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[0-9]{7}-[0-9]$", LinearRegex.Options)]
    private static partial Regex Shape();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<BusinessId>
    {
        protected override bool TryParse(string? text, out BusinessId value) => BusinessId.TryParse(text, out value);

        protected override string Format(BusinessId value) => value.Value;
    }
}

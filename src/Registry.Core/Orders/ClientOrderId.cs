using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Registry.Serialization;
using Registry.Privacy.Classification;
using Registry.Validation;

namespace Registry.Orders;

/// <summary>
/// The order id a client gives its own order. Restricted to characters that are safe in table
/// keys and URLs, so it can key the (client, order id) lookup without escaping.
/// </summary>
[JsonConverter(typeof(ClientOrderId.JsonConverter))]
[PseudonymousIdentifier]
public readonly partial record struct ClientOrderId
{
    public const int MaxLength = 64;

    private ClientOrderId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out ClientOrderId id)
    {
        id = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        id = new ClientOrderId(text);
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", LinearRegex.Options)]
    private static partial Regex Pattern();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<ClientOrderId>
    {
        protected override bool TryParse(string? text, out ClientOrderId value) => ClientOrderId.TryParse(text, out value);

        protected override string Format(ClientOrderId value) => value.Value;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Registry.Serialization;
using Registry.Privacy.Classification;
using Registry.Validation;

namespace Registry.Clients;

/// <summary>A configured calling system (web shop, a store's POS, a reseller), e.g. <c>store-helsinki</c>.</summary>
[JsonConverter(typeof(ClientId.JsonConverter))]
[PseudonymousIdentifier]
public readonly partial record struct ClientId
{
    private ClientId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out ClientId id)
    {
        id = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }

        id = new ClientId(text);
        return true;
    }

    public static ClientId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("A client id is 1-40 lower-case letters, digits and hyphens.");

    public override string ToString() => Value;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$", LinearRegex.Options)]
    private static partial Regex Pattern();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<ClientId>
    {
        protected override bool TryParse(string? text, out ClientId value) => ClientId.TryParse(text, out value);

        protected override string Format(ClientId value) => value.Value;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Registry.Serialization;
using Registry.Privacy.Classification;
using Registry.Validation;

namespace Registry.Clients;

/// <summary>A configured calling system (web shop, a store's POS, a reseller), e.g. <c>store_helsinki</c>.</summary>
[JsonConverter(typeof(ClientId.JsonConverter))]
[PseudonymousIdentifier]
public readonly partial record struct ClientId
{
    private ClientId(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out ClientId id)
    {
        id = default;
        if (text is null || text.Length > 40 || !Pattern().IsMatch(text))
        {
            return false;
        }

        id = new ClientId(text);
        return true;
    }

    public static ClientId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException(Rule);

    public override string ToString() => Value;

    /// <summary>
    /// A client id becomes part of app setting names (<c>Registry__Clients__{id}__…</c>), which App Service allows only
    /// letters, digits, <c>.</c> and <c>_</c>; a double <c>_</c> would split the name. Lower case, so two ids never
    /// meet in the case-insensitive configuration. The same rule is the <c>clients</c> parameter's check in infra/types.bicep.
    /// </summary>
    public const string Rule = "a client id is 1-40 lower-case letters and digits, words joined by single underscores (e.g. store_helsinki): it becomes part of App Service setting names, which allow no hyphen";

    [GeneratedRegex("^[a-z0-9]+(_[a-z0-9]+)*$", LinearRegex.Options)]
    private static partial Regex Pattern();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<ClientId>
    {
        protected override bool TryParse(string? text, out ClientId value) => ClientId.TryParse(text, out value);

        protected override string Format(ClientId value) => value.Value;
    }
}

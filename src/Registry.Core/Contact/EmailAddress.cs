using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Text;
using Registry.Serialization;
using Registry.Privacy.Classification;
using Registry.Validation;

namespace Registry.Contact;

/// <summary>
/// An e-mail address in the register's normal form: trimmed, Unicode NFC, and lower-cased as a
/// whole. Domains are case-insensitive by RFC 5321; local parts are case-insensitive at every
/// mailbox provider our customers use, and a person who types <c>Matti@Example.fi</c> once and
/// <c>matti@example.fi</c> next time expects to be one customer. Dots and <c>+tags</c> are kept:
/// removing them is a rule of some providers only and would merge different people elsewhere.
/// </summary>
[JsonConverter(typeof(EmailAddress.JsonConverter))]
[PersonalData]
public readonly partial record struct EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string normalised) => Value = normalised;

    /// <summary>The normalised address; this is what the blind index is computed over.</summary>
    [PersonalData]
    public string Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out EmailAddress email)
    {
        email = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalised = text.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (normalised.Length > MaxLength || !Syntax().IsMatch(normalised))
        {
            return false;
        }

        var local = normalised[..normalised.IndexOf('@', StringComparison.Ordinal)];
        if (local.Length > 64 || local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        email = new EmailAddress(normalised);
        return true;
    }

    public override string ToString() => Value;

    // A pragmatic subset of RFC 5322 addr-spec: dot-atom local part (Unicode letters allowed, RFC 6531),
    // and a domain of at least two labels with a letter-only top-level label.
    [GeneratedRegex(@"^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$", LinearRegex.Options)]
    private static partial Regex Syntax();

    /// <summary>Reads and writes the value as its plain string.</summary>
    public sealed class JsonConverter : StringValueConverter<EmailAddress>
    {
        protected override bool TryParse(string? text, out EmailAddress value) => EmailAddress.TryParse(text, out value);

        protected override string Format(EmailAddress value) => value.Value;
    }
}

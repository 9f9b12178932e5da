using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Registry.Clients;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Unsubscribe;

/// <summary>
/// Signs and verifies unsubscribe tokens: <c>v1.{subjectId}.{purpose}.{clientId}.{expiresUnix}.{linkId}.{mac}</c>, where
/// mac is base64url HMAC-SHA256 over everything before it. Every part is URL-safe, so the token goes in a query
/// string unescaped. The key is its own secret (<see cref="IRegistrySecrets.GetUnsubscribeTokenKeysAsync"/>):
/// new links are signed with the newest key, and a token any live key signed is accepted, so a rotation does
/// not break links in mails already sent.
/// </summary>
public sealed class UnsubscribeTokenCodec(IRegistrySecrets secrets, TimeProvider time)
{
    private const string Version = "v1";
    private const string LinkPrefix = "lnk_";
    public async ValueTask<string> SignAsync(UnsubscribeToken token, CancellationToken cancellationToken = default)
    {
        var payload = string.Join('.', Version, token.Subject.Value, token.Purpose.ToWire(), token.Client.Value,
            token.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), token.LinkId);
        var keys = await secrets.GetUnsubscribeTokenKeysAsync(cancellationToken);
        return $"{payload}.{Base64Url(Mac(keys[0], payload))}";
    }

    /// <summary>The token, or why it is refused: any change to any part, another key, or a passed expiry refuses it.</summary>
    public async ValueTask<(UnsubscribeToken? Token, TokenFailure? Failure)> VerifyAsync(string? text, CancellationToken cancellationToken = default)
    {
        var parts = text?.Split('.') ?? [];
        if (parts.Length != 7 || parts[0] != Version || text!.Length > 300)
        {
            return (null, TokenFailure.Malformed);
        }

        var payload = text[..text.LastIndexOf('.')];
        var keys = await secrets.GetUnsubscribeTokenKeysAsync(cancellationToken);
        if (!TryBase64Url(parts[6], out var offered) || !keys.Any(key => CryptographicOperations.FixedTimeEquals(offered, Mac(key, payload))))
        {
            return (null, TokenFailure.BadSignature);
        }

        // Signed by us, so the parts parse; checked anyway, a parse failure is still no token.
        if (!SubjectId.TryParse(parts[1], out var subject) || !WireName<ConsentPurpose>.TryParse(parts[2], out var purpose)
            || !ClientId.TryParse(parts[3], out var client) || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || !OpaqueToken.IsValid(parts[5], LinkPrefix))
        {
            return (null, TokenFailure.Malformed);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, 253402300799));
        return time.GetUtcNow() >= expiresAt
            ? (null, TokenFailure.Expired)
            : (new UnsubscribeToken(subject, purpose, client, expiresAt, parts[5]), null);
    }

    /// <summary>A new link id: 120 random bits, base32.</summary>
    public static string NewLinkId() => OpaqueToken.New(LinkPrefix);

    private static byte[] Mac(byte[] key, string payload) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        bytes = new byte[padded.Length];
        return text.Length == 43 && Convert.TryFromBase64String(padded, bytes, out var written) && (bytes = bytes[..written]).Length == 32;
    }
}

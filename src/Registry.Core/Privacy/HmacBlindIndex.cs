using System.Security.Cryptography;
using System.Text;
using Registry.Clients;
using Registry.Contact;
using Registry.Orders.Ingest;

namespace Registry.Privacy;

/// <summary>
/// HMAC-SHA256 over the normalised value, with one key per index kind (e-mail, phone, order content)
/// derived from a single root key by HKDF (RFC 5869), so an e-mail index can never be matched against a phone index. The full 256-bit
/// output is kept: lookups must never collide, and a truncated index would let two people share a key.
/// </summary>
public sealed class HmacBlindIndex(IRegistrySecrets secrets) : IBlindIndex
{
    private byte[]? _emailKey;
    private byte[]? _phoneKey;
    private byte[]? _orderContentKey;

    public async ValueTask<string> ForEmailAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        _emailKey ??= await DeriveAsync("registry/blind-index/email/v1", cancellationToken);
        return Compute(_emailKey, email.Value);
    }

    public async ValueTask<string> ForPhoneAsync(PhoneNumber phone, CancellationToken cancellationToken = default)
    {
        _phoneKey ??= await DeriveAsync("registry/blind-index/phone/v1", cancellationToken);
        return Compute(_phoneKey, phone.E164);
    }

    public async ValueTask<string> ForOrderContentAsync(ClientId client, ValidatedOrder order, CancellationToken cancellationToken = default)
    {
        _orderContentKey ??= await DeriveAsync("registry/fingerprint/order-content/v1", cancellationToken);
        return Convert.ToBase64String(HMACSHA256.HashData(_orderContentKey, OrderContentHash.Canonical(client, order)));
    }

    private async Task<byte[]> DeriveAsync(string purpose, CancellationToken cancellationToken)
    {
        var root = await secrets.GetBlindIndexRootKeyAsync(cancellationToken);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, root, 32, salt: [], info: Encoding.UTF8.GetBytes(purpose));
    }

    private static string Compute(byte[] key, string normalised) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalised)));
}

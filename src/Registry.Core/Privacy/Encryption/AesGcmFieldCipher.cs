using System.Buffers.Text;
using System.Security.Cryptography;

namespace Registry.Privacy.Encryption;

/// <summary>
/// AES-256-GCM with a fresh 12-byte nonce from the system's cryptographic RNG for every value and a
/// 16-byte tag. Stored form: <c>pd1.{keyId}.{base64url(nonce ‖ ciphertext ‖ tag)}</c>, where <c>pd1</c> is the
/// format version. Version, key id and <see cref="FieldContext"/> are the associated data.
/// </summary>
public sealed class AesGcmFieldCipher : IFieldCipher
{
    public const string Version = "pd1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public string Seal(DataKey key, FieldContext context, ReadOnlySpan<byte> plaintext)
    {
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Material, TagSize);
        aes.Encrypt(
            nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length),
            context.AssociatedData(Version, key.Id));
        return $"{Version}.{key.Id}.{Base64Url.EncodeToString(sealedBytes)}";
    }

    public Unsealed Open(DataKey? key, FieldContext context, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return new Unsealed.Unreadable("not a sealed value of a known format version");
        }

        if (key is null || key.Id != parts[1])
        {
            return new Unsealed.Erased();
        }

        if (!Base64Url.IsValid(parts[2], out var length) || length < NonceSize + TagSize)
        {
            return new Unsealed.Unreadable("the sealed bytes are malformed");
        }

        var sealedBytes = Base64Url.DecodeFromChars(parts[2]);
        var cipherLength = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, cipherLength), sealedBytes.AsSpan(NonceSize + cipherLength),
                plaintext, context.AssociatedData(Version, key.Id));
            return new Unsealed.Opened(plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            return new Unsealed.Unreadable("authentication failed: altered, moved or sealed with another key");
        }
    }
}

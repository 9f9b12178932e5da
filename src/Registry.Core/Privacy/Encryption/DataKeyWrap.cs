using System.Security.Cryptography;
using System.Text;
using Registry.Serialization;

namespace Registry.Privacy.Encryption;

/// <summary>
/// Wraps data keys with the key-encryption key (AES-256-GCM, random nonce). The subject, scope, key id
/// and key-encryption key version are the associated data: a wrapped key moved to another owner or
/// scope, or relabelled with another version, does not unwrap.
/// </summary>
public static class DataKeyWrap
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static WrappedDataKey Wrap(KeyEncryptionKey kek, KeyOwner owner, DataKey key)
    {
        var wrapped = new byte[NonceSize + DataKey.KeySize + TagSize];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, NonceSize));
        using var aes = new AesGcm(kek.Key, TagSize);
        aes.Encrypt(
            wrapped.AsSpan(0, NonceSize), key.Material, wrapped.AsSpan(NonceSize, DataKey.KeySize), wrapped.AsSpan(NonceSize + DataKey.KeySize),
            AssociatedData(owner, key.Scope, key.Id, kek.Version));
        return new WrappedDataKey(key.Id, key.Scope, kek.Version, wrapped);
    }

    /// <summary>The data key, or a failure that names only identifiers: an unknown version or a damaged key.</summary>
    public static DataKeyUnwrap Unwrap(IReadOnlyList<KeyEncryptionKey> keks, KeyOwner owner, WrappedDataKey wrapped)
    {
        var kek = keks.FirstOrDefault(k => k.Version == wrapped.KekVersion);
        if (kek is null)
        {
            return new DataKeyUnwrap.Failed($"key-encryption key version {wrapped.KekVersion} is not live");
        }

        if (wrapped.Wrapped.Length != NonceSize + DataKey.KeySize + TagSize)
        {
            return new DataKeyUnwrap.Failed("the wrapped key is malformed");
        }

        var material = new byte[DataKey.KeySize];
        try
        {
            using var aes = new AesGcm(kek.Key, TagSize);
            aes.Decrypt(
                wrapped.Wrapped.AsSpan(0, NonceSize), wrapped.Wrapped.AsSpan(NonceSize, DataKey.KeySize), wrapped.Wrapped.AsSpan(NonceSize + DataKey.KeySize),
                material, AssociatedData(owner, wrapped.Scope, wrapped.KeyId, wrapped.KekVersion));
            return new DataKeyUnwrap.Unwrapped(new DataKey(wrapped.KeyId, wrapped.Scope, material));
        }
        catch (AuthenticationTagMismatchException)
        {
            return new DataKeyUnwrap.Failed($"data key {wrapped.KeyId} does not authenticate under key-encryption key version {wrapped.KekVersion}");
        }
    }

    private static byte[] AssociatedData(KeyOwner owner, DataScope scope, string keyId, string kekVersion) =>
        Encoding.UTF8.GetBytes($"dk1\n{owner.Value}\n{scope.ToWire()}\n{keyId}\n{kekVersion}");
}

/// <summary>The result of unwrapping a data key.</summary>
public abstract record DataKeyUnwrap
{
    private DataKeyUnwrap()
    {
    }

    public sealed record Unwrapped(DataKey Key) : DataKeyUnwrap;

    public sealed record Failed(string Reason) : DataKeyUnwrap;
}

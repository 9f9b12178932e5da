namespace Registry.Infrastructure.Secrets;

/// <summary>Development only: the key-encryption key as a configuration value (<c>Registry:KeyEncryption</c>).</summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "Registry:KeyEncryption";

    /// <summary>Base64 of 32 bytes. In Azure the key is the Key Vault secret <c>key-encryption-key</c>.</summary>
    public string DevelopmentKey { get; set; } = string.Empty;

    public bool IsValid() => SecretEncoding.TryDecodeKey(DevelopmentKey, 32, out var key) && key.Length == 32;
}

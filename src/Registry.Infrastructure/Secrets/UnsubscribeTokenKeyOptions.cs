namespace Registry.Infrastructure.Secrets;

/// <summary>Development only: the unsubscribe-token key as a configuration value (<c>Registry:Unsubscribe:DevelopmentKey</c>).</summary>
public sealed class UnsubscribeTokenKeyOptions
{
    public const string Section = "Registry:Unsubscribe";

    /// <summary>Base64 of 32 bytes. In Azure the key is the Key Vault secret <c>unsubscribe-token-key</c>.</summary>
    public string DevelopmentKey { get; set; } = string.Empty;

    public bool IsValid() => SecretEncoding.TryDecodeKey(DevelopmentKey, 32, out var key) && key.Length == 32;
}

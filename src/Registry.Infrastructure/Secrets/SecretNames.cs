using Registry.Clients;

namespace Registry.Infrastructure.Secrets;

/// <summary>The Key Vault secret names, as scripts/new-keyvault-secrets.sh creates them.</summary>
public static class SecretNames
{
    public const string BlindIndexRootKey = "blind-index-root-key";

    public const string KeyEncryptionKey = "key-encryption-key";

    public const string UnsubscribeTokenKey = "unsubscribe-token-key";

    /// <summary>Secret names allow letters, digits and <c>-</c> only: a client id's underscores become hyphens (<c>store_helsinki</c> → <c>client-store-helsinki-signing</c>).</summary>
    public static string Signing(ClientId client) => $"client-{client.Value.Replace('_', '-')}-signing";
}

using Azure.Security.KeyVault.Secrets;

namespace Registry.Infrastructure.Secrets;

/// <summary>Which Key Vault secret versions count, and in what order.</summary>
internal static class SecretVersions
{
    /// <summary>Enabled, already valid (not before <c>NotBefore</c>) and not yet expired.</summary>
    public static bool IsLive(SecretProperties properties, DateTimeOffset now) =>
        properties.Enabled == true
        && (properties.NotBefore is null || properties.NotBefore <= now)
        && (properties.ExpiresOn is null || properties.ExpiresOn > now);

    /// <summary>Newest first by creation time, the order scripts/new-keyvault-secrets.sh sorts by too.</summary>
    public static IEnumerable<SecretProperties> NewestFirst(IEnumerable<SecretProperties> versions) =>
        versions.OrderByDescending(p => p.CreatedOn).ThenByDescending(p => p.Version, StringComparer.Ordinal);
}

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Key Vault did not serve a secret the register needs. The message names the vault, the secret and
/// why, and never a value: at start-up it is the reason the app stops.
/// </summary>
public sealed class KeyVaultSecretException(Uri vault, string secretName, string reason, Exception? innerException = null)
    : Exception($"Key Vault {vault} did not serve secret '{secretName}': {reason}.", innerException)
{
    public Uri Vault { get; } = vault;

    public string SecretName { get; } = secretName;

    public string Reason { get; } = reason;
}

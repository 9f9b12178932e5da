namespace Registry.Infrastructure.Secrets;

/// <summary>Where secrets come from: <c>Registry:Secrets</c>.</summary>
public sealed class SecretsOptions
{
    public const string Section = "Registry:Secrets";

    /// <summary><see cref="SecretSource.Configuration"/> locally (the default); <see cref="SecretSource.KeyVault"/> in Azure.</summary>
    public SecretSource Source { get; set; } = SecretSource.Configuration;

    /// <summary>How long Key Vault values are served from memory before they are read again.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>The two implementations of <see cref="Privacy.IRegistrySecrets"/>.</summary>
public enum SecretSource
{
    Configuration,
    KeyVault,
}

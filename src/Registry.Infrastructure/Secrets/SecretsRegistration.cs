using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Infrastructure.Hosting;
using Registry.Infrastructure.Identity;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Chooses the <see cref="IRegistrySecrets"/> implementation from <c>Registry:Secrets:Source</c> and
/// validates only the settings that implementation reads.
/// </summary>
internal static class SecretsRegistration
{
    public const string KeyVaultUriKey = "Registry:KeyVault:Uri";

    public static IServiceCollection AddRegistrySecrets(this IServiceCollection services, IConfiguration configuration)
    {
        var source = configuration.GetSection(SecretsOptions.Section).Get<SecretsOptions>()?.Source ?? SecretSource.Configuration;
        services.AddOptions<SecretsOptions>().BindConfiguration(SecretsOptions.Section)
            .Validate(o => o.RefreshInterval >= TimeSpan.FromSeconds(1), "Registry:Secrets:RefreshInterval must be at least one second.")
            .ValidateOnStart();

        return source == SecretSource.KeyVault
            ? services.AddKeyVaultSecrets(configuration)
            : services.AddConfigurationSecrets(configuration);
    }

    private static IServiceCollection AddKeyVaultSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        var vault = VaultUri(configuration[KeyVaultUriKey]);
        services.AddAzureClients(clients => clients.AddSecretClient(vault).WithCredential(RegistryCredential.Create(configuration)));
        services.AddSingleton<KeyVaultSecretReader>();
        services.AddSingleton<KeyVaultSecrets>();
        services.AddSingleton<IRegistrySecrets>(provider => provider.GetRequiredService<KeyVaultSecrets>());
        services.AddHostedService<KeyVaultSecretsStartup>();
        return services;
    }

    private static IServiceCollection AddConfigurationSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        // Development values in an Azure app would be secrets in plain app settings, readable by every
        // Contributor and unaudited: refuse, whatever AZURE_FUNCTIONS_ENVIRONMENT says.
        if (RegistryEnvironment.IsAzure(configuration))
        {
            throw new InvalidOperationException(
                "Registry:Secrets:Source is Configuration, which is for local development only; in Azure set Registry__Secrets__Source=KeyVault.");
        }

        services.AddOptions<BlindIndexOptions>().BindConfiguration(BlindIndexOptions.Section)
            .Validate(o => o.DevelopmentKey.Length >= 32, "Registry:BlindIndex:DevelopmentKey must have at least 32 characters.")
            .ValidateOnStart();
        services.AddOptions<KeyEncryptionOptions>().BindConfiguration(KeyEncryptionOptions.Section)
            .Validate(o => o.IsValid(), "Registry:KeyEncryption:DevelopmentKey must be the base64 of 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<UnsubscribeTokenKeyOptions>().BindConfiguration(UnsubscribeTokenKeyOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Unsubscribe:DevelopmentKey must be the base64 of 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<IRegistrySecrets, ConfigurationSecrets>();
        return services;
    }

    private static Uri VaultUri(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri
            : throw new InvalidOperationException(
                $"{KeyVaultUriKey} must be the vault's https URI (e.g. https://<name>.vault.azure.net/) when Registry:Secrets:Source is KeyVault.");
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Registry.Infrastructure.Secrets;
using Registry.Privacy;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Secrets;

public class SecretsRegistrationTests
{
    [Fact]
    public void AddRegistryInfrastructure_SampleSettings_UsesConfigurationSecrets()
    {
        // Act
        using var provider = Build([]);

        // Assert
        Assert.IsType<ConfigurationSecrets>(provider.GetRequiredService<IRegistrySecrets>());
        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s is KeyVaultSecretsStartup);
    }

    [Fact]
    public void AddRegistryInfrastructure_SourceKeyVault_UsesKeyVaultSecretsLoadedAtStartUp()
    {
        // Act
        using var provider = Build(new() { ["Registry:Secrets:Source"] = "KeyVault", ["Registry:KeyVault:Uri"] = FakeVault.Uri.ToString() });

        // Assert
        Assert.IsType<KeyVaultSecrets>(provider.GetRequiredService<IRegistrySecrets>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is KeyVaultSecretsStartup);
        Assert.Equal(FakeVault.Uri, provider.GetRequiredService<Azure.Security.KeyVault.Secrets.SecretClient>().VaultUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://kv-reg-test.vault.azure.net/")]
    [InlineData("kv-reg-test")]
    public void AddRegistryInfrastructure_SourceKeyVaultWithoutHttpsUri_FailsNamingTheSetting(string? uri)
    {
        // Act
        var failure = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Registry:Secrets:Source"] = "KeyVault", ["Registry:KeyVault:Uri"] = uri }));

        // Assert
        Assert.Contains("Registry:KeyVault:Uri", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WEBSITE_SITE_NAME", "func-reg-prod")]
    [InlineData("WEBSITE_INSTANCE_ID", "5e1c9ad0c3f2")]
    [InlineData("WEBSITE_HOSTNAME", "func-reg-prod.azurewebsites.net")]
    public void AddRegistryInfrastructure_SourceConfigurationOnAnAzureSite_IsRefused(string marker, string value)
    {
        // Act: development secrets on any Azure instance, even one whose environment is set to Development
        var failure = Assert.Throws<InvalidOperationException>(() => Build(new() { [marker] = value, ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development" }));

        // Assert
        Assert.Contains("Registry__Secrets__Source=KeyVault", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationSecrets_SampleSettings_ServeThe32ByteDevelopmentKeyEncryptionKey()
    {
        // Arrange
        using var provider = Build([]);

        // Act
        var keys = await provider.GetRequiredService<IRegistrySecrets>().GetKeyEncryptionKeysAsync();

        // Assert
        var key = Assert.Single(keys);
        Assert.Equal(ConfigurationSecrets.DevelopmentVersion, key.Version);
        Assert.Equal(32, key.Key.Length);
    }

    [Fact]
    public async Task ConfigurationSecrets_SampleSettings_ServeThe32ByteDevelopmentUnsubscribeKey()
    {
        // Arrange
        using var provider = Build([]);

        // Act
        var keys = await provider.GetRequiredService<IRegistrySecrets>().GetUnsubscribeTokenKeysAsync();

        // Assert
        Assert.Equal(32, Assert.Single(keys).Length);
    }

    [Fact]
    public void ConfigurationSecrets_UnsubscribeKeyNotBase64Of32Bytes_FailsAtStart()
    {
        // Arrange
        using var provider = Build(new() { ["Registry:Unsubscribe:DevelopmentKey"] = "too-short" });

        // Act
        var failure = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<UnsubscribeTokenKeyOptions>>().Value);

        // Assert
        Assert.Contains("Registry:Unsubscribe:DevelopmentKey", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> overrides)
    {
        var values = LocalSettings.Sample();
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddRegistryInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

using Registry.Infrastructure.Secrets;

namespace Registry.Infrastructure.Tests.Secrets;

public class KeyVaultSecretsCachingTests
{
    private readonly KeyVaultSecretsBuilder _builder = new();
    private readonly string _signing = SecretNames.Signing(KeyVaultSecretsBuilder.Webshop);

    [Fact]
    public async Task Get_ManyTimes_ReadsTheVaultOnce()
    {
        // Arrange
        var secrets = _builder.Build();
        await secrets.LoadAsync();
        var callsAfterLoad = _builder.Vault.Calls;

        // Act
        for (var i = 0; i < 5; i++)
        {
            await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop);
            await secrets.GetBlindIndexRootKeyAsync();
            await secrets.GetKeyEncryptionKeysAsync();
        }

        // Assert
        Assert.True(callsAfterLoad > 0);
        Assert.Equal(callsAfterLoad, _builder.Vault.Calls);
    }

    [Fact]
    public async Task RefreshIfDue_WithinTheInterval_DoesNotCallTheVault()
    {
        // Arrange
        var secrets = _builder.Build();
        await secrets.LoadAsync();
        var callsAfterLoad = _builder.Vault.Calls;

        // Act
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval - TimeSpan.FromSeconds(1));
        await secrets.RefreshIfDueAsync();

        // Assert
        Assert.Equal(callsAfterLoad, _builder.Vault.Calls);
    }

    [Fact]
    public async Task RefreshIfDue_AfterTheIntervalWithANewVersion_ServesNewAndPreviousSecret()
    {
        // Arrange
        var secrets = _builder.Build();
        var before = await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop);
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out var rotated));

        // Act
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
        await secrets.RefreshIfDueAsync();

        // Assert: clients get the new secret while the one they use still verifies.
        Assert.Equal([rotated, before[0]], await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop));
    }
}

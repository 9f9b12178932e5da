using System.Security.Cryptography;
using Moq;
using Registry.Clients;
using Registry.Infrastructure.Secrets;

namespace Registry.Infrastructure.Tests.Secrets;

public class KeyVaultSecretsVersionTests
{
    private readonly KeyVaultSecretsBuilder _builder = new();
    private readonly string _signing = SecretNames.Signing(KeyVaultSecretsBuilder.Webshop);

    [Fact]
    public async Task GetSigningSecrets_ThreeEnabledVersions_ServesTheNewestTwoNewestFirst()
    {
        // Arrange
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out var previous));
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out var newest));
        var secrets = _builder.Build();

        // Act
        var live = await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop);

        // Assert
        Assert.Equal([newest, previous], live);
    }

    [Fact]
    public async Task GetSigningSecrets_NewerVersionsDisabledExpiredOrNotYetValid_AreSkipped()
    {
        // Arrange
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out var live));
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out _), enabled: false);
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out _), expiresOn: KeyVaultSecretsBuilder.Now.AddSeconds(-1));
        _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out _), notBefore: KeyVaultSecretsBuilder.Now.AddHours(1));
        var secrets = _builder.Build();

        // Act
        var served = await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop);

        // Assert: the seeded first version and the one live newer version; none of the three others.
        Assert.Equal(2, served.Count);
        Assert.Equal(live, served[0]);
    }

    [Fact]
    public async Task GetSigningSecrets_VersionDisabledInTheVault_IsDroppedAtTheNextRefresh()
    {
        // Arrange
        var newest = _builder.Vault.Add(_signing, KeyVaultSecretsBuilder.NewSigningSecret(out var key));
        var secrets = _builder.Build();
        await secrets.LoadAsync();
        newest.Enabled = false;

        // Act
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
        await secrets.RefreshIfDueAsync();

        // Assert
        var served = Assert.Single(await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop));
        Assert.NotEqual(key, served);
    }

    [Fact]
    public async Task GetSigningSecrets_ClientNotConfigured_IsEmptyAndNotLookedUp()
    {
        // Arrange
        var secrets = _builder.Build();

        // Act
        var served = await secrets.GetSigningSecretsAsync(ClientId.Parse("store_helsinki"));

        // Assert
        Assert.Empty(served);
        _builder.Vault.Client.Verify(c => c.GetPropertiesOfSecretVersionsAsync("client-store-helsinki-signing", It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task GetBlindIndexRootKey_CurrentVersion_IsBase64Decoded()
    {
        // Arrange
        var secrets = _builder.Build();

        // Act
        var key = await secrets.GetBlindIndexRootKeyAsync();

        // Assert
        Assert.Equal(_builder.BlindIndexRootKey, key);
    }

    [Fact]
    public async Task GetKeyEncryptionKeys_AfterRotation_ServesEveryLiveVersionNewestFirst()
    {
        // Arrange
        var newKey = RandomNumberGenerator.GetBytes(32);
        _builder.Vault.Add(SecretNames.KeyEncryptionKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), enabled: false);
        var newest = _builder.Vault.Add(SecretNames.KeyEncryptionKey, Convert.ToBase64String(newKey));
        var secrets = _builder.Build();

        // Act
        var keys = await secrets.GetKeyEncryptionKeysAsync();

        // Assert: the seeded version and the newest; the disabled one between them is gone.
        Assert.Equal(2, keys.Count);
        Assert.Equal(newest.Version, keys[0].Version);
        Assert.Equal(newKey, keys[0].Key);
        Assert.NotEqual(newest.Version, keys[1].Version);
    }

    [Fact]
    public async Task GetUnsubscribeTokenKeys_AfterRotation_ServesTheTwoNewestLiveVersionsNewestFirst()
    {
        // Arrange
        var newKey = RandomNumberGenerator.GetBytes(32);
        _builder.Vault.Add(SecretNames.UnsubscribeTokenKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), enabled: false);
        _builder.Vault.Add(SecretNames.UnsubscribeTokenKey, Convert.ToBase64String(newKey));
        var secrets = _builder.Build();

        // Act
        var keys = await secrets.GetUnsubscribeTokenKeysAsync();

        // Assert: the newest, then the seeded one; the disabled version between them is gone.
        Assert.Equal([newKey, _builder.UnsubscribeTokenKey], keys);
    }
}

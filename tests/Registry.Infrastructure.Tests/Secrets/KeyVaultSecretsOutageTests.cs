using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using Registry.Infrastructure.Secrets;

namespace Registry.Infrastructure.Tests.Secrets;

public class KeyVaultSecretsOutageTests
{
    private static readonly RequestFailedException NoAnswer = new("No such host is known. (kv-reg-test.vault.azure.net:443)");

    private readonly KeyVaultSecretsBuilder _builder = new();

    [Fact]
    public async Task Load_VaultDoesNotAnswer_ThrowsNamingTheVaultAndSecret()
    {
        // Arrange
        _builder.Vault.Failure = NoAnswer;
        var secrets = _builder.Build();

        // Act
        var failure = await Assert.ThrowsAsync<KeyVaultSecretException>(() => secrets.LoadAsync());

        // Assert
        Assert.Contains(FakeVault.Uri.ToString(), failure.Message, StringComparison.Ordinal);
        Assert.Contains("'client-webshop-signing'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no answer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_VaultDoesNotAnswer_FailsStartUp()
    {
        // Arrange
        _builder.Vault.Failure = new AggregateException(NoAnswer, NoAnswer, NoAnswer);
        var startup = new KeyVaultSecretsStartup(_builder.Build(), Options.Create(new SecretsOptions()), _builder.Time);

        // Act
        var failure = await Assert.ThrowsAsync<KeyVaultSecretException>(() => startup.StartAsync(CancellationToken.None));

        // Assert
        Assert.Equal("client-webshop-signing", failure.SecretName);
        Assert.Contains("after 3 attempts", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SecretMissing_ThrowsSayingSo()
    {
        // Arrange
        _builder.Vault.Client.Setup(c => c.GetSecretAsync(SecretNames.BlindIndexRootKey, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(404, "A secret with (name/id) blind-index-root-key was not found in this key vault.", "SecretNotFound", null));

        // Act
        var failure = await Assert.ThrowsAsync<KeyVaultSecretException>(() => _builder.Build().LoadAsync());

        // Assert
        Assert.Equal(SecretNames.BlindIndexRootKey, failure.SecretName);
        Assert.Contains("does not exist", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ValueNotInItsFormat_ThrowsWithoutTheValue()
    {
        // Arrange
        const string NotWhsec = "plain-text-secret-that-must-not-leak";
        _builder.Vault.Add(SecretNames.Signing(KeyVaultSecretsBuilder.Webshop), NotWhsec);

        // Act
        var failure = await Assert.ThrowsAsync<KeyVaultSecretException>(() => _builder.Build().LoadAsync());

        // Assert
        Assert.Contains("whsec_", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(NotWhsec, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshIfDue_VaultDownForSeveralIntervals_ServesCachedValuesAndLogsOnce()
    {
        // Arrange
        var secrets = _builder.Build();
        var key = await secrets.GetBlindIndexRootKeyAsync();
        _builder.Vault.Failure = NoAnswer;

        // Act
        for (var i = 0; i < 3; i++)
        {
            _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
            await secrets.RefreshIfDueAsync();
        }

        // Assert
        Assert.Equal(key, await secrets.GetBlindIndexRootKeyAsync());
        Assert.Single(await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop));
        var error = Assert.Single(_builder.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("kv-reg-test.vault.azure.net", error.Message, StringComparison.Ordinal);
        Assert.Contains("client-webshop-signing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshIfDue_VaultDown_WaitsAnIntervalBeforeTryingAgain()
    {
        // Arrange
        var secrets = _builder.Build();
        await secrets.LoadAsync();
        _builder.Vault.Failure = NoAnswer;
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
        await secrets.RefreshIfDueAsync();
        var callsAfterFailure = _builder.Vault.Calls;

        // Act
        _builder.Time.Advance(TimeSpan.FromSeconds(30));
        await secrets.RefreshIfDueAsync();

        // Assert
        Assert.Equal(callsAfterFailure, _builder.Vault.Calls);
    }

    [Fact]
    public async Task RefreshIfDue_VaultBackAfterAnOutage_LogsRecoveryAndServesNewValues()
    {
        // Arrange
        var secrets = _builder.Build();
        await secrets.LoadAsync();
        _builder.Vault.Failure = NoAnswer;
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
        await secrets.RefreshIfDueAsync();
        _builder.Vault.Add(SecretNames.Signing(KeyVaultSecretsBuilder.Webshop), KeyVaultSecretsBuilder.NewSigningSecret(out var rotated));

        // Act
        _builder.Vault.Failure = null;
        _builder.Time.Advance(KeyVaultSecretsBuilder.Interval);
        await secrets.RefreshIfDueAsync();

        // Assert
        Assert.Equal(rotated, (await secrets.GetSigningSecretsAsync(KeyVaultSecretsBuilder.Webshop))[0]);
        var records = _builder.Logger.Collector.GetSnapshot();
        Assert.Single(records, r => r.Level == LogLevel.Error);
        Assert.Single(records, r => r.Message.Contains("answers again", StringComparison.Ordinal));
    }
}

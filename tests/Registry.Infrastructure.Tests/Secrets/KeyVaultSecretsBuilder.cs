using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Infrastructure.Secrets;

namespace Registry.Infrastructure.Tests.Secrets;

/// <summary>A <see cref="KeyVaultSecrets"/> over a <see cref="FakeVault"/> seeded with every secret the register needs.</summary>
internal sealed class KeyVaultSecretsBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public KeyVaultSecretsBuilder()
    {
        Vault = new FakeVault(Now.AddDays(-30));
        Vault.Add(SecretNames.BlindIndexRootKey, Convert.ToBase64String(BlindIndexRootKey));
        Vault.Add(SecretNames.KeyEncryptionKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Vault.Add(SecretNames.UnsubscribeTokenKey, Convert.ToBase64String(UnsubscribeTokenKey));
        Vault.Add(SecretNames.Signing(Webshop), WebhookSecret.Encode(RandomNumberGenerator.GetBytes(32)));
    }

    public static ClientId Webshop { get; } = ClientId.Parse("webshop");

    public byte[] BlindIndexRootKey { get; } = RandomNumberGenerator.GetBytes(32);

    public byte[] UnsubscribeTokenKey { get; } = RandomNumberGenerator.GetBytes(32);

    public FakeVault Vault { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public FakeLogger<KeyVaultSecrets> Logger { get; } = new();

    public static string NewSigningSecret(out byte[] key)
    {
        key = RandomNumberGenerator.GetBytes(32);
        return WebhookSecret.Encode(key);
    }

    public KeyVaultSecrets Build()
    {
        var clients = new ClientDirectoryOptions { [Webshop.Value] = new() };
        var reader = new KeyVaultSecretReader(Vault.Client.Object, Options.Create(clients), Time);
        return new KeyVaultSecrets(reader, Options.Create(new SecretsOptions { Source = SecretSource.KeyVault, RefreshInterval = Interval }), Time, Logger);
    }
}

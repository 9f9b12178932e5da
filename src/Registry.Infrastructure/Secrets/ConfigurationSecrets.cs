using System.Text;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Secrets from configuration: for local development with the clearly marked development-only values
/// of local.settings.sample.json. Azure reads Key Vault instead (<see cref="KeyVaultSecrets"/>).
/// </summary>
public sealed class ConfigurationSecrets(
    IOptions<ClientDirectoryOptions> clients, IOptions<BlindIndexOptions> blindIndex, IOptions<KeyEncryptionOptions> keyEncryption,
    IOptions<UnsubscribeTokenKeyOptions> unsubscribe) : IRegistrySecrets
{
    /// <summary>The version name the single development key-encryption key goes by.</summary>
    public const string DevelopmentVersion = "development";

    public ValueTask<IReadOnlyList<byte[]>> GetSigningSecretsAsync(ClientId client, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<byte[]> secrets = clients.Value.TryGetValue(client.Value, out var options)
            ? options.SigningSecrets.Select(Decode).ToList()
            : [];
        return ValueTask.FromResult(secrets);
    }

    // UTF-8 of the text, not base64: existing local lookup entries were indexed with this key.
    public ValueTask<byte[]> GetBlindIndexRootKeyAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Encoding.UTF8.GetBytes(blindIndex.Value.DevelopmentKey));

    public ValueTask<IReadOnlyList<KeyEncryptionKey>> GetKeyEncryptionKeysAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<KeyEncryptionKey> keys = [new(DevelopmentVersion, Convert.FromBase64String(keyEncryption.Value.DevelopmentKey))];
        return ValueTask.FromResult(keys);
    }

    public ValueTask<IReadOnlyList<byte[]>> GetUnsubscribeTokenKeysAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<byte[]> keys = [Convert.FromBase64String(unsubscribe.Value.DevelopmentKey)];
        return ValueTask.FromResult(keys);
    }

    private static byte[] Decode(string secret) =>
        WebhookSecret.TryDecode(secret, out var key) ? key : throw new InvalidOperationException("A signing secret is not in whsec_<base64> form.");
}

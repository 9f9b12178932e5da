using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Reads every secret the register uses from Key Vault into one <see cref="SecretSnapshot"/>: the two
/// newest live versions of each configured client's signing secret, the current blind-index root key,
/// every live version of the key-encryption key, and the two newest live unsubscribe-token keys. Any failure names the secret it was reading.
/// </summary>
internal sealed class KeyVaultSecretReader(SecretClient client, IOptions<ClientDirectoryOptions> clients, TimeProvider time)
{
    // Two signing secrets are live at once so a client can rotate without downtime (design D6).
    private const int LiveSigningSecrets = 2;

    public Uri Vault => client.VaultUri;

    public async Task<SecretSnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        var signing = new Dictionary<ClientId, IReadOnlyList<byte[]>>();
        foreach (var id in clients.Value.Keys.Order(StringComparer.Ordinal))
        {
            var clientId = ClientId.Parse(id);
            var name = SecretNames.Signing(clientId);
            var versions = await ReadLiveVersionsAsync(name, LiveSigningSecrets, cancellationToken);
            signing[clientId] = versions.Select(v => Decode(name, v.Value, WebhookSecret.TryDecode, "whsec_<base64>")).ToList();
        }

        var root = await ReadCurrentAsync(SecretNames.BlindIndexRootKey, cancellationToken);
        var rootKey = Decode(SecretNames.BlindIndexRootKey, root, IsRootKey, "base64 of at least 32 bytes");

        var keyVersions = await ReadLiveVersionsAsync(SecretNames.KeyEncryptionKey, int.MaxValue, cancellationToken);
        if (keyVersions.Count == 0)
        {
            throw new KeyVaultSecretException(Vault, SecretNames.KeyEncryptionKey, "it has no enabled, unexpired version");
        }

        var keys = keyVersions
            .Select(v => new KeyEncryptionKey(v.Version, Decode(SecretNames.KeyEncryptionKey, v.Value, IsAes256Key, "base64 of exactly 32 bytes")))
            .ToList();
        // Two live versions, as for signing secrets: links in mails already sent keep working through a rotation.
        var unsubscribeVersions = await ReadLiveVersionsAsync(SecretNames.UnsubscribeTokenKey, 2, cancellationToken);
        if (unsubscribeVersions.Count == 0)
        {
            throw new KeyVaultSecretException(Vault, SecretNames.UnsubscribeTokenKey, "it has no enabled, unexpired version");
        }

        var unsubscribe = unsubscribeVersions
            .Select(v => Decode(SecretNames.UnsubscribeTokenKey, v.Value, IsAes256Key, "base64 of exactly 32 bytes"))
            .ToList();
        return new SecretSnapshot(signing, rootKey, keys, unsubscribe);
    }

    private async Task<string> ReadCurrentAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var secret = await client.GetSecretAsync(name, version: null, cancellationToken);
            return secret.Value.Value;
        }
        catch (Exception e) when (KeyVaultFailures.IsClassified(e, cancellationToken))
        {
            throw KeyVaultFailures.Describe(Vault, name, e);
        }
    }

    /// <summary>The newest <paramref name="take"/> live versions, newest first.</summary>
    private async Task<List<(string Version, string Value)>> ReadLiveVersionsAsync(string name, int take, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var live = new List<SecretProperties>();
            await foreach (var properties in client.GetPropertiesOfSecretVersionsAsync(name, cancellationToken))
            {
                if (SecretVersions.IsLive(properties, now))
                {
                    live.Add(properties);
                }
            }

            var values = new List<(string, string)>();
            foreach (var properties in SecretVersions.NewestFirst(live).Take(take))
            {
                var secret = await client.GetSecretAsync(name, properties.Version, cancellationToken);
                values.Add((properties.Version, secret.Value.Value));
            }

            return values;
        }
        catch (Exception e) when (KeyVaultFailures.IsClassified(e, cancellationToken))
        {
            throw KeyVaultFailures.Describe(Vault, name, e);
        }
    }

    private byte[] Decode(string name, string value, TryDecode decode, string expected) =>
        decode(value, out var key) ? key : throw new KeyVaultSecretException(Vault, name, $"a live version is not {expected}");

    private static bool IsRootKey(string? text, out byte[] key) => SecretEncoding.TryDecodeKey(text, 32, out key);

    private static bool IsAes256Key(string? text, out byte[] key) =>
        SecretEncoding.TryDecodeKey(text, 32, out key) && key.Length == 32;

    private delegate bool TryDecode(string? text, out byte[] key);
}

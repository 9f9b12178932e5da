using System.Text;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Secrets from configuration: for local development with the clearly marked development-only values
/// of local.settings.sample.json. Azure reads Key Vault instead.
/// </summary>
public sealed class ConfigurationSecrets(IOptions<ClientDirectoryOptions> clients, IOptions<BlindIndexOptions> blindIndex) : IRegistrySecrets
{
    public ValueTask<IReadOnlyList<byte[]>> GetSigningSecretsAsync(ClientId client, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<byte[]> secrets = clients.Value.TryGetValue(client.Value, out var options)
            ? options.SigningSecrets.Select(Decode).ToList()
            : [];
        return ValueTask.FromResult(secrets);
    }

    public ValueTask<byte[]> GetBlindIndexRootKeyAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Encoding.UTF8.GetBytes(blindIndex.Value.DevelopmentKey));

    private static byte[] Decode(string secret) =>
        WebhookSecret.TryDecode(secret, out var key) ? key : throw new InvalidOperationException("A signing secret is not in whsec_<base64> form.");
}

/// <summary>Development only: the blind-index root key as a configuration value.</summary>
public sealed class BlindIndexOptions
{
    public const string Section = "Registry:BlindIndex";

    public string DevelopmentKey { get; set; } = string.Empty;
}

using Registry.Clients;

namespace Registry.Privacy;

/// <summary>
/// The port for every secret the register uses. Locally it reads development-only configuration
/// values; in Azure it reads Key Vault (issue: personal data protected at rest).
/// </summary>
public interface IRegistrySecrets
{
    /// <summary>The live signing secrets of a client: usually one, two during rotation; none for an unknown client.</summary>
    ValueTask<IReadOnlyList<byte[]>> GetSigningSecretsAsync(ClientId client, CancellationToken cancellationToken = default);

    /// <summary>The root key that blind-index keys are derived from.</summary>
    ValueTask<byte[]> GetBlindIndexRootKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Every live version of the key-encryption key, newest first: wrap with the first, unwrap with the
    /// version a data key names. Never empty.
    /// </summary>
    ValueTask<IReadOnlyList<KeyEncryptionKey>> GetKeyEncryptionKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The live keys of unsubscribe-link tokens, newest first (two during rotation): sign with the first,
    /// accept a token any of them signed, so links in mails already sent keep working. Never empty.
    /// </summary>
    ValueTask<IReadOnlyList<byte[]>> GetUnsubscribeTokenKeysAsync(CancellationToken cancellationToken = default);
}

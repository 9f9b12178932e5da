using Registry.Clients;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>Every secret the register uses, as read from Key Vault at one moment.</summary>
internal sealed record SecretSnapshot(
    IReadOnlyDictionary<ClientId, IReadOnlyList<byte[]>> SigningSecrets,
    byte[] BlindIndexRootKey,
    IReadOnlyList<KeyEncryptionKey> KeyEncryptionKeys,
    IReadOnlyList<byte[]> UnsubscribeTokenKeys);

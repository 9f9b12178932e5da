namespace Registry.Privacy;

/// <summary>
/// One live version of the key-encryption key that wraps per-subject data keys (design D5). The version
/// is stored beside each wrapped data key, so a data key wrapped before a rotation still unwraps.
/// </summary>
/// <param name="Version">The version's identifier (a Key Vault secret version; <c>development</c> locally).</param>
/// <param name="Key">The 256-bit key.</param>
public sealed record KeyEncryptionKey(string Version, byte[] Key);

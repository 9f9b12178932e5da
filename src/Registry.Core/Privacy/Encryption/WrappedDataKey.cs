namespace Registry.Privacy.Encryption;

/// <summary>A data key as stored: encrypted by one version of the key-encryption key.</summary>
/// <param name="KeyId">The data key's id.</param>
/// <param name="Scope">The scope it protects.</param>
/// <param name="KekVersion">The key-encryption key version that wrapped it.</param>
/// <param name="Wrapped">nonce ‖ encrypted key ‖ tag.</param>
/// <param name="RowRef">The row ref of a key that seals one row's values only (see <see cref="Keyring.ForNewRows"/>); null for the scope's key.</param>
public sealed record WrappedDataKey(string KeyId, DataScope Scope, string KekVersion, byte[] Wrapped, string? RowRef = null);

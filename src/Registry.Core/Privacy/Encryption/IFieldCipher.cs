namespace Registry.Privacy.Encryption;

/// <summary>Seals personal values with a subject's data key, and opens them again (design D5).</summary>
public interface IFieldCipher
{
    /// <summary>The stored form of <paramref name="plaintext"/>, bound to <paramref name="context"/>.</summary>
    string Seal(DataKey key, FieldContext context, ReadOnlySpan<byte> plaintext);

    /// <summary>
    /// Opens a stored form with the scope's current key; <paramref name="key"/> null (or a successor of the key
    /// the value names) means the value's key was destroyed, and the value reads as erased.
    /// </summary>
    Unsealed Open(DataKey? key, FieldContext context, string stored);
}

using System.Text.Json;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Tables;

/// <summary>Seals a row's personal properties with its owner's data keys (the row's own key when it has one), and opens them again.</summary>
internal sealed class FieldSealer(IFieldCipher cipher, Keyring keys)
{
    public string Seal<T>(DataScope scope, string row, string field, T value) =>
        cipher.Seal(keys.ForWriting(scope, row), Context(scope, row, field), JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options));

    /// <summary>The value; default when the property is absent or its key was destroyed (<paramref name="erased"/> tells which).</summary>
    public T? Open<T>(DataScope scope, string row, string field, string? stored, ref bool erased)
    {
        if (stored is null)
        {
            return default;
        }

        switch (cipher.Open(keys.Find(scope, row), Context(scope, row, field), stored))
        {
            case Unsealed.Opened opened:
                return JsonSerializer.Deserialize<T>(opened.Plaintext, StorageJson.Options);
            case Unsealed.Erased:
                erased = true;
                return default;
            case Unsealed.Unreadable unreadable:
                throw new InvalidDataException($"Property {field} of row {row} of {keys.Owner.Value} cannot be opened: {unreadable.Reason}.");
            default:
                throw new InvalidOperationException("Unknown unseal result.");
        }
    }

    private FieldContext Context(DataScope scope, string row, string field) => new(keys.Owner, scope, row, field);
}

using System.Buffers.Text;
using Registry.Privacy.Encryption;

namespace Registry.Bench;

/// <summary>
/// Bench only, the "without encryption" side of the comparison: stores values as base64 of their JSON
/// under the same properties. The product has no switch that turns encryption off.
/// </summary>
internal sealed class PlaintextFieldCipher : IFieldCipher
{
    private const string Prefix = "plain.";

    public string Seal(DataKey key, FieldContext context, ReadOnlySpan<byte> plaintext) => Prefix + Base64Url.EncodeToString(plaintext);

    public Unsealed Open(DataKey? key, FieldContext context, string stored) =>
        stored.StartsWith(Prefix, StringComparison.Ordinal)
            ? new Unsealed.Opened(Base64Url.DecodeFromChars(stored.AsSpan(Prefix.Length)))
            : new Unsealed.Unreadable("not a plaintext bench value");
}

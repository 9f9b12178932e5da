using System.Security.Cryptography;
using Registry.Subjects;

namespace Registry.Privacy.Encryption;

/// <summary>
/// A subject's 256-bit AES key for one <see cref="DataScope"/>. It exists in memory only unwrapped for
/// the operation at hand; at rest it is stored wrapped by the key-encryption key (<see cref="DataKeyWrap"/>).
/// </summary>
public sealed class DataKey
{
    public const int KeySize = 32;

    internal DataKey(string id, DataScope scope, byte[] material)
    {
        Id = id;
        Scope = scope;
        Material = material;
    }

    /// <summary>Random and never reused, so a value sealed under a destroyed key can be told from one under its successor.</summary>
    public string Id { get; }

    public DataScope Scope { get; }

    internal byte[] Material { get; }

    public static DataKey Create(DataScope scope) =>
        new(OpaqueToken.New("dk_"), scope, RandomNumberGenerator.GetBytes(KeySize));

    /// <summary>Never prints the key material.</summary>
    public override string ToString() => $"{Id} ({Scope})";
}

using System.Text;
using Registry.Serialization;

namespace Registry.Privacy.Encryption;

/// <summary>
/// Where a sealed value belongs: owner (subject or case), scope, row and field. It is the associated data of the
/// encryption, so a value copied to another person, scope, row or field fails to open.
/// </summary>
public readonly record struct FieldContext(KeyOwner Owner, DataScope Scope, string Row, string Field)
{
    internal byte[] AssociatedData(string version, string keyId) =>
        Encoding.UTF8.GetBytes($"{version}\n{keyId}\n{Owner.Value}\n{Scope.ToWire()}\n{Row}\n{Field}");
}

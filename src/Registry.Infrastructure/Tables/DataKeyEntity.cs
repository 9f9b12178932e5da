using Azure.Data.Tables;
using Registry.Privacy.Encryption;
using Registry.Serialization;

namespace Registry.Infrastructure.Tables;

/// <summary>An owner's wrapped data key for one scope: the <c>key|{scope}</c> row of the owner's partition (a subject's or a case's).</summary>
internal static class DataKeyEntity
{
    public static readonly string[] Columns = ["PartitionKey", "RowKey", "KeyId", "Scope", "KekVersion", "Wrapped"];

    public static TableEntity ToEntity(KeyOwner owner, WrappedDataKey key) =>
        new(owner.Value, SubjectRows.DataKey(key.Scope))
        {
            ["KeyId"] = key.KeyId,
            ["Scope"] = key.Scope.ToWire(),
            ["KekVersion"] = key.KekVersion,
            ["Wrapped"] = key.Wrapped,
        };

    public static WrappedDataKey FromEntity(TableEntity entity) =>
        new(
            entity.GetString("KeyId"),
            Stored.Parse<DataScope>(entity.GetString("Scope"), WireName<DataScope>.TryParse),
            entity.GetString("KekVersion"),
            entity.GetBinary("Wrapped"));

    public static bool IsDataKey(TableEntity entity) => entity.RowKey.StartsWith(SubjectRows.DataKeyPrefix, StringComparison.Ordinal);
}

using Azure.Data.Tables;
using Registry.Privacy;
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

    /// <summary>
    /// Adds the keys a write created, wrapped with the newest key-encryption key, to that write's transaction. Adding
    /// fails when a concurrent write stored a key for the scope first: the whole transaction then retries with that key.
    /// </summary>
    public static async Task<IEnumerable<TableTransactionAction>> NewKeyActionsAsync(Keyring keys, IRegistrySecrets secrets, CancellationToken cancellationToken)
    {
        if (!keys.Created.Any())
        {
            return [];
        }

        var newest = (await secrets.GetKeyEncryptionKeysAsync(cancellationToken))[0];
        return keys.Created.Select(key => new TableTransactionAction(
            TableTransactionActionType.Add, ToEntity(keys.Owner, DataKeyWrap.Wrap(newest, keys.Owner, key)))).ToList();
    }

    public static bool IsDataKey(TableEntity entity) => entity.RowKey.StartsWith(SubjectRows.DataKeyPrefix, StringComparison.Ordinal);
}

using Azure.Data.Tables;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Serialization;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// An owner's wrapped data key for one scope: the <c>key|{scope}</c> row of the owner's partition (a subject's or a case's),
/// or a key of one row's own: <c>key|{scope}|{row ref}</c>, in the same range.
/// </summary>
internal static class DataKeyEntity
{
    public static readonly string[] Columns = ["PartitionKey", "RowKey", "KeyId", "Scope", "KekVersion", "Wrapped"];

    public static TableEntity ToEntity(KeyOwner owner, WrappedDataKey key) =>
        new(owner.Value, key.RowRef is { } rowRef ? SubjectRows.RowDataKey(key.Scope, rowRef) : SubjectRows.DataKey(key.Scope))
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
            entity.GetBinary("Wrapped"),
            RowRefOf(entity.RowKey));

    /// <summary>The row ref of a <c>key|{scope}|{row ref}</c> row; null for the scope's key.</summary>
    private static string? RowRefOf(string rowKey)
    {
        var bar = rowKey.IndexOf('|', SubjectRows.DataKeyPrefix.Length);
        return bar < 0 ? null : rowKey[(bar + 1)..];
    }

    /// <summary>
    /// Adds the keys a write created, wrapped with the newest key-encryption key, to that write's transaction. Adding
    /// fails when a concurrent write stored a key for the scope first: the whole transaction then retries with that key.
    /// </summary>
    public static async Task<IEnumerable<TableTransactionAction>> NewKeyActionsAsync(Keyring keys, IRegistrySecrets secrets, CancellationToken cancellationToken)
    {
        if (!keys.Created.Any() && !keys.CreatedForRows.Any())
        {
            return [];
        }

        var newest = (await secrets.GetKeyEncryptionKeysAsync(cancellationToken))[0];
        return keys.Created.Select(key => DataKeyWrap.Wrap(newest, keys.Owner, key))
            .Concat(keys.CreatedForRows.Select(created => DataKeyWrap.Wrap(newest, keys.Owner, created.Key) with { RowRef = created.RowRef }))
            .Select(wrapped => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(keys.Owner, wrapped)))
            .ToList();
    }

    public static bool IsDataKey(TableEntity entity) => entity.RowKey.StartsWith(SubjectRows.DataKeyPrefix, StringComparison.Ordinal);
}

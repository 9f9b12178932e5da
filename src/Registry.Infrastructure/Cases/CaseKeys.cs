using Azure.Data.Tables;
using Registry.Cases;
using Registry.Infrastructure.Tables;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Cases;

/// <summary>A case's own data key (row <c>key|case</c> of its partition): made with the case, read to open it.</summary>
internal sealed class CaseKeys(IFieldCipher cipher, IRegistrySecrets secrets)
{
    public static readonly string KeyRow = SubjectRows.DataKey(DataScope.Case);

    public FieldSealer Sealer(Keyring keys) => new(cipher, keys);

    /// <summary>The case's keyring from its key row (none yet: an empty ring that makes one).</summary>
    public async Task<Keyring> OpenAsync(CaseReference reference, TableEntity? keyRow, CancellationToken cancellationToken)
    {
        var owner = KeyOwner.Of(reference);
        return keyRow is null
            ? Keyring.Empty(owner)
            : Keyring.Open(owner, [DataKeyEntity.FromEntity(keyRow)], await secrets.GetKeyEncryptionKeysAsync(cancellationToken));
    }

    /// <summary>Adds the key a write created, wrapped with the newest key-encryption key, to that write's transaction.</summary>
    public async Task<IEnumerable<TableTransactionAction>> NewKeyActionsAsync(Keyring keys, CancellationToken cancellationToken)
    {
        if (!keys.Created.Any())
        {
            return [];
        }

        var newest = (await secrets.GetKeyEncryptionKeysAsync(cancellationToken))[0];
        return keys.Created.Select(key => new TableTransactionAction(
            TableTransactionActionType.Add, DataKeyEntity.ToEntity(keys.Owner, DataKeyWrap.Wrap(newest, keys.Owner, key)))).ToList();
    }
}

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

    public Task<IEnumerable<TableTransactionAction>> NewKeyActionsAsync(Keyring keys, CancellationToken cancellationToken) =>
        DataKeyEntity.NewKeyActionsAsync(keys, secrets, cancellationToken);
}

using System.Text;
using Azure.Data.Tables;
using Registry.Audit;
using Registry.Cases;
using Registry.Infrastructure.Tables;
using Registry.Privacy;
using Registry.Privacy.Encryption;

namespace Registry.Infrastructure.Audit;

/// <summary>
/// Seals audit reasons under the keys the register already keeps: the profile key of the entry's subject (the
/// <c>key|profile</c> row of their partition) when they have one, else the data key of the entry's case (<c>key|case</c>
/// of its partition). Never makes a key: a reason about someone who has none is not kept. Erasure shreds the profile key
/// and the purge deletes the case's partition with its key, so the ciphertext left in the write-once log reads as erased.
/// </summary>
public sealed class TableAuditReasons(RegistryTables tables, IFieldCipher cipher, IRegistrySecrets secrets) : IAuditReasons
{
    private const string Field = "reason";

    public async Task<SealedReason> SealAsync(AuditEntry entry, string reason, CancellationToken cancellationToken = default)
    {
        foreach (var key in Candidates(entry))
        {
            if (await FindKeyAsync(key, cancellationToken) is { } dataKey)
            {
                return new SealedReason(key.Kind, cipher.Seal(dataKey, Context(key, entry), Encoding.UTF8.GetBytes(reason)));
            }
        }

        return new SealedReason(ReasonKey.NotKept, null);
    }

    public async Task<IReadOnlyList<AuditReason>> OpenAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        // One key read per owner, however many entries name it (a day's log names few people many times).
        var keys = new Dictionary<OwnerKey, DataKey?>();
        var reasons = new List<AuditReason>(entries.Count);
        foreach (var entry in entries)
        {
            reasons.Add(await OpenAsync(entry, keys, cancellationToken));
        }

        return reasons;
    }

    private async Task<AuditReason> OpenAsync(AuditEntry entry, Dictionary<OwnerKey, DataKey?> keys, CancellationToken cancellationToken)
    {
        if (entry.SealedReason is not { } stored)
        {
            return AuditReason.None;
        }

        if (stored.Key == ReasonKey.NotKept || stored.Sealed is null || Candidates(entry).FirstOrDefault(k => k.Kind == stored.Key) is not { Owner: not null } owner)
        {
            return new AuditReason(null, stored.Key == ReasonKey.NotKept ? AuditReasonState.NotKept : AuditReasonState.Erased);
        }

        if (!keys.TryGetValue(owner, out var key))
        {
            key = keys[owner] = await FindKeyAsync(owner, cancellationToken);
        }

        return cipher.Open(key, Context(owner, entry), stored.Sealed) switch
        {
            Unsealed.Opened opened => new AuditReason(Encoding.UTF8.GetString(opened.Plaintext), AuditReasonState.Kept),
            Unsealed.Erased => new AuditReason(null, AuditReasonState.Erased),
            Unsealed.Unreadable unreadable => throw new InvalidDataException($"The reason of audit entry {entry.EntryId} cannot be opened: {unreadable.Reason}."),
            _ => throw new InvalidOperationException("Unknown unseal result."),
        };
    }

    private static IEnumerable<OwnerKey> Candidates(AuditEntry entry)
    {
        if (entry.SubjectId is { } subject)
        {
            yield return new OwnerKey(ReasonKey.Profile, subject.Value);
        }

        if (CaseReference.TryParse(entry.CaseReference, out var reference))
        {
            yield return new OwnerKey(ReasonKey.Case, reference.Value);
        }
    }

    private async Task<DataKey?> FindKeyAsync(OwnerKey owner, CancellationToken cancellationToken)
    {
        var (table, scope) = owner.Kind == ReasonKey.Profile ? (tables.Subjects, DataScope.Profile) : (tables.Cases, DataScope.Case);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(owner.Owner, SubjectRows.DataKey(scope), DataKeyEntity.Columns, cancellationToken);
        return row.HasValue
            ? Keyring.Open(new KeyOwner(owner.Owner!), [DataKeyEntity.FromEntity(row.Value!)], await secrets.GetKeyEncryptionKeysAsync(cancellationToken)).Find(scope)
            : null;
    }

    private static FieldContext Context(OwnerKey owner, AuditEntry entry) =>
        new(new KeyOwner(owner.Owner!), owner.Kind == ReasonKey.Profile ? DataScope.Profile : DataScope.Case, $"audit|{entry.EntryId}", Field);

    private sealed record OwnerKey(ReasonKey Kind, string? Owner);
}

namespace Registry.Privacy.Encryption;

/// <summary>
/// One owner's data keys (a subject's or a case's) for one operation: the stored ones (unwrapped, with their row versions) and
/// any created because a scope had none. A write stores the keys it created in the same transaction as
/// the values they seal. A value sealed while its key is being destroyed reads as erased: erasure wins that race.
/// </summary>
public sealed class Keyring
{
    private readonly Dictionary<DataScope, DataKey> _stored;
    private readonly Dictionary<DataScope, DataKey> _created = [];

    private Keyring(KeyOwner owner, Dictionary<DataScope, DataKey> stored)
    {
        Owner = owner;
        _stored = stored;
    }

    public KeyOwner Owner { get; }

    /// <summary>Keys made by <see cref="ForWriting"/> that the write must store.</summary>
    public IEnumerable<DataKey> Created => _created.Values;

    public static Keyring Empty(KeyOwner owner) => new(owner, []);

    /// <summary>Unwraps the stored keys; a key that does not unwrap is a fault of configuration or storage, not of input.</summary>
    public static Keyring Open(KeyOwner owner, IEnumerable<WrappedDataKey> stored, IReadOnlyList<KeyEncryptionKey> keks)
    {
        var keys = new Dictionary<DataScope, DataKey>();
        foreach (var wrapped in stored)
        {
            keys[wrapped.Scope] = DataKeyWrap.Unwrap(keks, owner, wrapped) switch
            {
                DataKeyUnwrap.Unwrapped unwrapped => unwrapped.Key,
                DataKeyUnwrap.Failed failed => throw new DataKeyUnavailableException(owner, wrapped.Scope, failed.Reason),
                _ => throw new InvalidOperationException("Unknown unwrap result."),
            };
        }

        return new Keyring(owner, keys);
    }

    /// <summary>The scope's current key for reading; null when the scope has none (never made, or destroyed).</summary>
    public DataKey? Find(DataScope scope) =>
        _created.TryGetValue(scope, out var created) ? created : _stored.GetValueOrDefault(scope);

    /// <summary>The scope's current key for sealing; a new one when it has none.</summary>
    public DataKey ForWriting(DataScope scope)
    {
        if (Find(scope) is { } key)
        {
            return key;
        }

        var fresh = DataKey.Create(scope);
        _created[scope] = fresh;
        return fresh;
    }
}

/// <summary>A stored data key could not be unwrapped. The message carries identifiers only.</summary>
public sealed class DataKeyUnavailableException(KeyOwner owner, DataScope scope, string reason)
    : InvalidOperationException($"The {scope} data key of {owner.Value} cannot be unwrapped: {reason}.");

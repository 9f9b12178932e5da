namespace Registry.Privacy.Encryption;

/// <summary>
/// One owner's data keys (a subject's or a case's) for one operation: the stored ones (unwrapped, with their row versions) and
/// any created because a scope had none. A write stores the keys it created in the same transaction as
/// the values they seal. A value sealed while its key is being destroyed reads as erased: erasure wins that race.
/// A key may also belong to one row (a returning customer's order and contact snapshot, written without reading the
/// partition): it seals only the rows whose key ends in <c>|{row ref}</c>, and is destroyed with its scope.
/// </summary>
public sealed class Keyring
{
    private readonly Dictionary<DataScope, DataKey> _stored;
    private readonly Dictionary<(DataScope, string), DataKey> _rows;
    private readonly Dictionary<DataScope, DataKey> _created = [];
    private readonly Dictionary<(DataScope, string), DataKey> _createdRows = [];
    private readonly string? _newRowKeysFor;

    private Keyring(KeyOwner owner, Dictionary<DataScope, DataKey> stored, Dictionary<(DataScope, string), DataKey> rows, string? newRowKeysFor = null)
    {
        Owner = owner;
        _stored = stored;
        _rows = rows;
        _newRowKeysFor = newRowKeysFor;
    }

    public KeyOwner Owner { get; }

    /// <summary>Scope keys made by <see cref="ForWriting(DataScope)"/> that the write must store.</summary>
    public IEnumerable<DataKey> Created => _created.Values;

    /// <summary>Keys of single rows made by <see cref="ForWriting(DataScope, string)"/> that the write must store, with their row refs.</summary>
    public IEnumerable<(DataKey Key, string RowRef)> CreatedForRows => _createdRows.Select(r => (r.Value, r.Key.Item2));

    public static Keyring Empty(KeyOwner owner) => new(owner, [], []);

    /// <summary>
    /// A keyring that knows no stored key and seals every row ending in <c>|{rowRef}</c> under a fresh key of that row's own:
    /// a write that does not read the partition never needs the scope's key.
    /// </summary>
    public static Keyring ForNewRows(KeyOwner owner, string rowRef) => new(owner, [], [], rowRef);

    /// <summary>Unwraps the stored keys; a key that does not unwrap is a fault of configuration or storage, not of input.</summary>
    public static Keyring Open(KeyOwner owner, IEnumerable<WrappedDataKey> stored, IReadOnlyList<KeyEncryptionKey> keks)
    {
        var keys = new Dictionary<DataScope, DataKey>();
        var rows = new Dictionary<(DataScope, string), DataKey>();
        foreach (var wrapped in stored)
        {
            var key = DataKeyWrap.Unwrap(keks, owner, wrapped) switch
            {
                DataKeyUnwrap.Unwrapped unwrapped => unwrapped.Key,
                DataKeyUnwrap.Failed failed => throw new DataKeyUnavailableException(owner, wrapped.Scope, failed.Reason),
                _ => throw new InvalidOperationException("Unknown unwrap result."),
            };
            if (wrapped.RowRef is { } rowRef)
            {
                rows[(wrapped.Scope, rowRef)] = key;
            }
            else
            {
                keys[wrapped.Scope] = key;
            }
        }

        return new Keyring(owner, keys, rows);
    }

    /// <summary>The scope's current key for reading; null when the scope has none (never made, or destroyed).</summary>
    public DataKey? Find(DataScope scope) =>
        _created.TryGetValue(scope, out var created) ? created : _stored.GetValueOrDefault(scope);

    /// <summary>The key that opens <paramref name="row"/>'s values: the row's own key when it has one, else the scope's.</summary>
    public DataKey? Find(DataScope scope, string row) =>
        RowRef(row) is { } rowRef && (_createdRows.GetValueOrDefault((scope, rowRef)) ?? _rows.GetValueOrDefault((scope, rowRef))) is { } own
            ? own
            : Find(scope);

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

    /// <summary>The key that seals <paramref name="row"/>: the row's own key (new for a keyring made by <see cref="ForNewRows"/>), else the scope's.</summary>
    public DataKey ForWriting(DataScope scope, string row)
    {
        var rowRef = RowRef(row);
        if (rowRef is not null && (_createdRows.GetValueOrDefault((scope, rowRef)) ?? _rows.GetValueOrDefault((scope, rowRef))) is { } own)
        {
            return own;
        }

        if (rowRef is not null && rowRef == _newRowKeysFor)
        {
            var fresh = DataKey.Create(scope);
            _createdRows[(scope, rowRef)] = fresh;
            return fresh;
        }

        if (_newRowKeysFor is not null)
        {
            throw new InvalidOperationException($"A keyring for the rows of {_newRowKeysFor} cannot seal row {row}.");
        }

        return ForWriting(scope);
    }

    /// <summary>What follows the row key's first '|' (<c>order|{ref}</c>, <c>profile|{ref}</c>); null for a row without one.</summary>
    private static string? RowRef(string row) => row.IndexOf('|') is var bar and >= 0 ? row[(bar + 1)..] : null;
}

/// <summary>A stored data key could not be unwrapped. The message carries identifiers only.</summary>
public sealed class DataKeyUnavailableException(KeyOwner owner, DataScope scope, string reason)
    : InvalidOperationException($"The {scope} data key of {owner.Value} cannot be unwrapped: {reason}.");

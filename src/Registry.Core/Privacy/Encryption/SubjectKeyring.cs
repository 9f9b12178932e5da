using Registry.Subjects;

namespace Registry.Privacy.Encryption;

/// <summary>
/// One subject's data keys for one operation: the stored ones (unwrapped, with their row versions) and
/// any created because a scope had none. A write stores the keys it created in the same transaction as
/// the values they seal. A value sealed while its key is being destroyed reads as erased: erasure wins that race.
/// </summary>
public sealed class SubjectKeyring
{
    private readonly Dictionary<DataScope, DataKey> _stored;
    private readonly Dictionary<DataScope, DataKey> _created = [];

    private SubjectKeyring(SubjectId subject, Dictionary<DataScope, DataKey> stored)
    {
        Subject = subject;
        _stored = stored;
    }

    public SubjectId Subject { get; }

    /// <summary>Keys made by <see cref="ForWriting"/> that the write must store.</summary>
    public IEnumerable<DataKey> Created => _created.Values;

    public static SubjectKeyring Empty(SubjectId subject) => new(subject, []);

    /// <summary>Unwraps the stored keys; a key that does not unwrap is a fault of configuration or storage, not of input.</summary>
    public static SubjectKeyring Open(SubjectId subject, IEnumerable<WrappedDataKey> stored, IReadOnlyList<KeyEncryptionKey> keks)
    {
        var keys = new Dictionary<DataScope, DataKey>();
        foreach (var wrapped in stored)
        {
            keys[wrapped.Scope] = DataKeyWrap.Unwrap(keks, subject, wrapped) switch
            {
                DataKeyUnwrap.Unwrapped unwrapped => unwrapped.Key,
                DataKeyUnwrap.Failed failed => throw new DataKeyUnavailableException(subject, wrapped.Scope, failed.Reason),
                _ => throw new InvalidOperationException("Unknown unwrap result."),
            };
        }

        return new SubjectKeyring(subject, keys);
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
public sealed class DataKeyUnavailableException(SubjectId subject, DataScope scope, string reason)
    : InvalidOperationException($"The {scope} data key of subject {subject.Value} cannot be unwrapped: {reason}.");

namespace Registry.Audit;

/// <summary>
/// The reason of an audit entry as the write-once log keeps it: ciphertext under the key of the person the entry names
/// (their profile key) or else of the case it names, so destroying that key (erasure, the case file's purge) erases the
/// reason too. An entry that names neither keeps no reason (<see cref="ReasonKey.NotKept"/>): nothing could erase it.
/// </summary>
public sealed record SealedReason(ReasonKey Key, string? Sealed);

/// <summary>Whose key a reason is sealed under.</summary>
public enum ReasonKey
{
    /// <summary>The profile key of the entry's subject.</summary>
    Profile,

    /// <summary>The data key of the entry's case.</summary>
    Case,

    /// <summary>The entry names no person or case that has a key: the reason was not stored.</summary>
    NotKept,
}

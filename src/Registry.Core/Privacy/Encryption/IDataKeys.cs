using Registry.Subjects;

namespace Registry.Privacy.Encryption;

/// <summary>The stored data keys as a whole: destroying one (crypto-shredding) and re-wrapping all after a rotation.</summary>
public interface IDataKeys
{
    /// <summary>
    /// Destroys the subject's data key for <paramref name="scope"/>: every value sealed under it, in every row,
    /// copy and backup, reads as erased from then on. Destroying a key that is already gone does nothing.
    /// </summary>
    Task ShredAsync(SubjectId subject, DataScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Re-wraps every stored data key with the newest key-encryption key version, so older versions can be
    /// retired. Keys already on the newest version are left alone, so a run that stopped can simply run again.
    /// </summary>
    Task<RewrapReport> RewrapAllAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// What a re-wrap run did: keys seen, re-wrapped, already on the newest version, destroyed meanwhile,
/// and failed (a version no longer live, or a damaged key: each is logged with its subject id).
/// </summary>
public sealed record RewrapReport(string NewestVersion, int Examined, int Rewrapped, int AlreadyCurrent, int Destroyed, int Failed);

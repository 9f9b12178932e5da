namespace Registry.Retention.Purge;

/// <summary>
/// Keeps two purge runs from working at once (a timer run and an admin run, or two instances). The lock expires
/// by itself when its holder dies, so a crashed run never blocks the next night.
/// </summary>
public interface IPurgeLock
{
    /// <summary>The held lock (dispose to release), or null when another run holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default);
}

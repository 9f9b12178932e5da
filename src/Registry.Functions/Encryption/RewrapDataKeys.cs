using Microsoft.Azure.Functions.Worker;
using Registry.Privacy.Encryption;

namespace Registry.Functions.Encryption;

/// <summary>
/// Re-wraps every subject's data keys with the newest key-encryption key version, weekly (Sunday 03:30 UTC)
/// and on demand after a rotation (<c>POST /admin/functions/RewrapDataKeys</c>). Keys already on the newest
/// version are skipped, so a run that stopped halfway simply runs again.
/// </summary>
public sealed class RewrapDataKeys(IDataKeys keys)
{
    [Function(nameof(RewrapDataKeys))]
    public Task Run([TimerTrigger("0 30 3 * * 0")] TimerInfo timer, CancellationToken cancellationToken) =>
        keys.RewrapAllAsync(cancellationToken);
}

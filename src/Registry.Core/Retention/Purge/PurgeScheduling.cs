using Microsoft.Extensions.Options;

namespace Registry.Retention.Purge;

/// <summary>
/// Schedule entries written where purgeable things are made (an intake marker, a new audit blob), so the purge
/// finds them without scanning. Each is written before (or as) the thing is made: an entry without its thing is
/// harmless, the rule finds nothing.
/// </summary>
public sealed class PurgeScheduling(IRetentionSchedule schedule, IOptions<PurgeOptions> options, TimeProvider time)
{
    /// <summary>An intake dedupe marker (<c>msg|…</c>/<c>queue|…</c>) made now: due when the retry horizon has passed.</summary>
    public Task MarkerAsync(string messageKey, CancellationToken cancellationToken = default)
    {
        var dueAt = time.GetUtcNow().AddHours(options.Value.MarkerHours);
        return schedule.ScheduleAsync(new ScheduledItem(PurgeKinds.Marker, messageKey, DateOnly.FromDateTime(dueAt.UtcDateTime)), cancellationToken);
    }

    /// <summary>An audit blob (<c>day:{date}</c> or <c>subject:{id}</c>) created now: due the audit period after.</summary>
    public Task AuditBlobAsync(string target, CancellationToken cancellationToken = default)
    {
        var dueOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(options.Value.AuditYears);
        return schedule.ScheduleAsync(new ScheduledItem(PurgeKinds.Audit, target, dueOn), cancellationToken);
    }
}

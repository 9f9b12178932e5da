using Microsoft.Extensions.Options;
using Registry.Cases;

namespace Registry.Retention.Purge;

/// <summary>Schedules a closing case's file for deletion <see cref="PurgeOptions.CaseFileYears"/> after it closes.</summary>
public sealed class CaseFileSchedule(IRetentionSchedule schedule, IOptions<PurgeOptions> options) : ICaseClosed
{
    public Task ClosingAsync(CaseReference reference, CaseStatus status, DateTimeOffset closedAt, CancellationToken cancellationToken = default) =>
        ICaseClosed.Closes(status)
            ? schedule.ScheduleAsync(new ScheduledItem(PurgeKinds.CaseFile, reference.Value, DueOn(closedAt, options.Value)), cancellationToken)
            : Task.CompletedTask;

    /// <summary>The first day the file may go: the closing day (UTC) plus the period.</summary>
    public static DateOnly DueOn(DateTimeOffset closedAt, PurgeOptions options) =>
        DateOnly.FromDateTime(closedAt.UtcDateTime).AddYears(options.CaseFileYears);
}

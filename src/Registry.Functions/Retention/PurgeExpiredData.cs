using Microsoft.Azure.Functions.Worker;
using Registry.Infrastructure.Storage;
using Registry.Retention.Purge;

namespace Registry.Functions.Retention;

/// <summary>
/// The nightly retention purge, on <c>RegistryPurgeSchedule</c> (NCRONTAB, UTC; default 00:30). Run it
/// now with <c>POST /admin/functions/PurgeExpiredData</c>; a dry run is the setting <c>Registry:Retention:DryRun</c>
/// (a timer's admin input reaches no user code in either host, so it cannot carry a flag). Report in <c>purge-reports</c>.
/// </summary>
public sealed class PurgeExpiredData(PurgeRunner runner)
{
    [Function(nameof(PurgeExpiredData))]
    public Task Run([TimerTrigger($"%{TriggerSettings.PurgeSchedule}%", RunOnStartup = false)] TimerInfo timer, CancellationToken cancellationToken) =>
        runner.RunAsync(new PurgeRequest(), cancellationToken);
}

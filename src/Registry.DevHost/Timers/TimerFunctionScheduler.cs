using Registry.DevHost.Catalog;
using Registry.DevHost.Configuration;
using Registry.DevHost.Invocation;
using Registry.DevHost.Worker;

namespace Registry.DevHost.Timers;

/// <summary>
/// Fires every timer function the worker reports on its schedule in UTC, one invocation of a function at a time (the
/// host runs a timer as a singleton). Occurrences missed while a run was still going collapse into
/// one run, as the host does; there is no schedule monitor, so <c>TimerInfo.IsPastDue</c> is
/// false. Schedules are resolved when the host starts, so a bad one stops start-up.
/// </summary>
public sealed class TimerFunctionScheduler(
    WorkerSupervisor worker,
    IConfiguration configuration,
    FunctionInvoker invoker,
    TimeProvider time,
    ILogger<TimerFunctionScheduler> logger) : BackgroundService
{
    // Task.Delay takes at most ~49 days; a yearly schedule simply waits in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private IReadOnlyList<ScheduledFunction> _timers = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        _timers = worker.Current.Catalog.WithTrigger<TimerTriggerDefinition>().Select(function =>
        {
            var schedule = TimerSchedule.Parse(
                AppSettingExpression.Resolve(((TimerTriggerDefinition)function.Trigger).ScheduleExpression, configuration));
            var timer = new ScheduledFunction(function, schedule, schedule.NextAfter(now));
            DevHostLog.TimerScheduled(logger, function.Name, schedule.Expression, timer.Next);
            return timer;
        }).ToList();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_timers.Select(timer => RunAsync(timer, stoppingToken)));

    private async Task RunAsync(ScheduledFunction timer, CancellationToken cancellationToken)
    {
        if (timer.RunOnStartup)
        {
            await InvokeAsync(timer, "Timer fired on startup (RunOnStartup)", timer.Next, cancellationToken);
        }

        while (true)
        {
            var wait = timer.Next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait < LongestWait ? wait : LongestWait, time, cancellationToken);
                continue;
            }

            var due = timer.Next;
            var following = timer.Schedule.NextAfter(due);
            await InvokeAsync(timer, $"Timer fired at {due:O}", following, cancellationToken);
            timer.Last = due;
            timer.Next = timer.Schedule.LatestDue(following, time.GetUtcNow());
        }
    }

    private async Task InvokeAsync(ScheduledFunction timer, string reason, DateTimeOffset next, CancellationToken cancellationToken)
    {
        var occurrence = new TimerOccurrence(
            (timer.Last ?? DateTimeOffset.MinValue).UtcDateTime, next.UtcDateTime, time.GetUtcNow().UtcDateTime);
        try
        {
            await invoker.InvokeAsync(
                timer.Function.Name,
                reason,
                (definition, request) => TimerInfoBinding.Bind(definition.TriggerParameter, occurrence, request),
                alongside: null,
                cancellationToken);
        }
        catch (FunctionInvocationException)
        {
            // Logged by the invoker; a failed run does not stop the schedule (nor does it in the host).
        }
    }
}

using Microsoft.Azure.Functions.Worker;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.TestFunctions;

/// <summary>A timer whose schedule comes from an app setting, like the retention purge.</summary>
public sealed class PurgeTimerFunction(InvocationRecorder recorder, TimeProvider time)
{
    public const string ScheduleSetting = "DevHostTests:PurgeSchedule";

    [Function("Purge")]
    public void Run([TimerTrigger($"%{ScheduleSetting}%")] TimerInfo timer, CancellationToken cancellationToken) =>
        recorder.Record(new TimerFired("Purge", time.GetUtcNow(), timer.ScheduleStatus?.Next));
}

/// <summary>A yearly timer that also runs when the host starts.</summary>
public sealed class StartupTimerFunction(InvocationRecorder recorder, TimeProvider time)
{
    [Function("Warmup")]
    public void Run([TimerTrigger("0 0 0 1 1 *", RunOnStartup = true)] TimerInfo timer) =>
        recorder.Record(new TimerFired("Warmup", time.GetUtcNow(), timer.ScheduleStatus?.Next));
}

public sealed record TimerFired(string Function, DateTimeOffset At, DateTime? Next);

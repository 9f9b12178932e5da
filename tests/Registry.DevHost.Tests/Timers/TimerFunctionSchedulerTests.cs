using Microsoft.Extensions.Time.Testing;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Tests.TestFunctions;

namespace Registry.DevHost.Tests.Timers;

public sealed class TimerFunctionSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Schedule_FromAppSetting_FiresAtEachOccurrenceInUtc()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await TestDevHost.StartAsync(
            [typeof(PurgeTimerFunction)],
            new Dictionary<string, string> { ["DevHostTests__PurgeSchedule"] = "0 30 0 * * *" },
            time);
        Assert.Empty(host.Recorder.Calls<TimerFired>());

        time.Advance(TimeSpan.FromMinutes(30));
        var first = Assert.Single(await host.Recorder.WaitForAsync<TimerFired>(1));
        time.Advance(TimeSpan.FromDays(1));
        var calls = await host.Recorder.WaitForAsync<TimerFired>(2);

        Assert.Equal(Start.AddMinutes(30), first.At);
        Assert.Equal(Start.AddDays(1).AddMinutes(30).UtcDateTime, first.Next);
        Assert.Equal(Start.AddDays(1).AddMinutes(30), calls[1].At);
        Assert.Equal(Start.AddDays(2).AddMinutes(30).UtcDateTime, calls[1].Next);
    }

    [Fact]
    public async Task RunOnStartup_FiresWhenTheHostStarts()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await TestDevHost.StartAsync([typeof(StartupTimerFunction)], new Dictionary<string, string>(), time);

        var fired = Assert.Single(await host.Recorder.WaitForAsync<TimerFired>(1));

        Assert.Equal(Start, fired.At);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), fired.Next);
    }

    [Fact]
    public async Task Start_ScheduleSettingMissing_FailsNamingTheSetting()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestDevHost.StartAsync([typeof(PurgeTimerFunction)], new Dictionary<string, string>(), new FakeTimeProvider(Start)));

        Assert.Contains(PurgeTimerFunction.ScheduleSetting, failure.Message, StringComparison.Ordinal);
    }
}

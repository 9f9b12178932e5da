using Registry.DevHost.Timers;

namespace Registry.DevHost.Tests.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Midnight = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0 30 0 * * *")] // six fields, with seconds, as the Functions host writes them
    [InlineData("30 0 * * *")] // the classic five
    public void NextAfter_DailyAtHalfPastMidnight_IsHalfPastMidnight(string expression) =>
        Assert.Equal(Midnight.AddMinutes(30), TimerSchedule.Parse(expression).NextAfter(Midnight));

    [Fact]
    public void NextAfter_SixFields_HonoursSeconds() =>
        Assert.Equal(Midnight.AddSeconds(15), TimerSchedule.Parse("*/15 * * * * *").NextAfter(Midnight));

    [Fact]
    public void NextAfter_TimeWithOffset_IsEvaluatedInUtc()
    {
        // 01:00 in Helsinki (UTC+2) is 23:00 UTC the day before, so the next 00:30 UTC is 90 minutes away.
        var helsinki = new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.FromHours(2));

        var next = TimerSchedule.Parse("0 30 0 * * *").NextAfter(helsinki);

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 30, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void LatestDue_MissedOccurrences_CollapseToTheLatest()
    {
        var schedule = TimerSchedule.Parse("0 0 * * * *");

        Assert.Equal(Midnight.AddHours(5), schedule.LatestDue(Midnight.AddHours(1), Midnight.AddHours(5).AddMinutes(10)));
    }

    [Theory]
    [InlineData("0 30 0 * *  * *")]
    [InlineData("0 30")]
    [InlineData("00:05:00")]
    public void Parse_NotFiveOrSixFields_Fails(string expression) =>
        Assert.Throws<FormatException>(() => TimerSchedule.Parse(expression));
}

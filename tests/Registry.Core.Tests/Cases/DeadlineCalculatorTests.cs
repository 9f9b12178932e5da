using System.Globalization;
using Registry.Cases.Deadlines;

namespace Registry.Core.Tests.Cases;

public class DeadlineCalculatorTests
{
    // Received on → answer due, hand-checked: same date next month, clamped, rolled past weekends and holidays.
    [Theory]
    [InlineData("2025-01-31", "2025-02-28")] // clamped to February's end, a Friday
    [InlineData("2028-01-31", "2028-02-29")] // leap year
    [InlineData("2025-03-31", "2025-04-30")] // clamped to April's end
    [InlineData("2025-11-24", "2025-12-29")] // Christmas Eve Wed → 25, 26, weekend → Monday
    [InlineData("2026-03-03", "2026-04-07")] // Good Friday → Easter weekend → Easter Monday → Tuesday
    [InlineData("2026-05-19", "2026-06-22")] // Midsummer Eve Friday → Midsummer Day, Sunday → Monday
    [InlineData("2026-06-15", "2026-07-15")] // an ordinary Wednesday
    [InlineData("2027-09-30", "2027-11-01")] // Saturday 30 Oct → Monday 1 Nov (All Saints' is Sat 6 Nov that year)
    [InlineData("2027-11-06", "2027-12-07")] // Independence Day Monday → Tuesday
    [InlineData("2028-04-25", "2028-05-26")] // Ascension Thursday → Friday
    [InlineData("2029-12-01", "2030-01-02")] // New Year's Day Tuesday → Wednesday
    [InlineData("2030-03-22", "2030-04-23")] // Easter Monday → Tuesday
    [InlineData("2030-12-06", "2031-01-07")] // Epiphany Monday → Tuesday
    public void Initial_MatchesHandCheckedTable(string receivedOn, string expected) =>
        Assert.Equal(Date(expected), DeadlineCalculator.Initial(Date(receivedOn)));

    [Theory]
    [InlineData("2025-11-30", "2026-02-28", "2026-03-02")] // three months, clamped, Saturday → Monday
    [InlineData("2026-01-05", "2026-04-05", "2026-04-07")] // Easter Sunday and Monday
    public void Extended_IsThreeMonthsFromReceiptRolled(string receivedOn, string raw, string expected)
    {
        Assert.True(Date(raw) < Date(expected));
        Assert.Equal(Date(expected), DeadlineCalculator.Extended(Date(receivedOn)));
    }

    [Fact]
    public void MayExtend_OnlyWhileTheFirstMonthRuns()
    {
        var received = Date("2026-11-24");

        Assert.True(DeadlineCalculator.MayExtend(received, Date("2026-12-24")));
        Assert.True(DeadlineCalculator.MayExtend(received, DeadlineCalculator.Initial(received)));
        Assert.False(DeadlineCalculator.MayExtend(received, DeadlineCalculator.Initial(received).AddDays(1)));
    }

    [Fact]
    public void ReceiptDay_IsTheDateInFinland()
    {
        // 23:30 UTC on 31 Jan is already 1 Feb in Helsinki.
        Assert.Equal(Date("2026-02-01"), DeadlineCalculator.ReceiptDay(new DateTimeOffset(2026, 1, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}

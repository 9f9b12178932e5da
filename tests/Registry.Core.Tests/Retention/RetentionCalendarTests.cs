using Registry.Retention;

namespace Registry.Core.Tests.Retention;

public class RetentionCalendarTests
{
    private static readonly TimeSpan Helsinki = TimeSpan.FromHours(2);

    [Theory]
    [InlineData("2026-01-01", "2032-12-31")]
    [InlineData("2026-12-31", "2032-12-31")]
    [InlineData("2027-01-01", "2033-12-31")]
    public void AccountingRetainedUntil_CalendarFinancialYear_SixYearsAfterTheYear(string placed, string expected)
    {
        var calendar = new RetentionCalendar(new RetentionOptions());

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), calendar.AccountingRetainedUntil(At(placed)));
    }

    [Theory]
    [InlineData("2026-06-30", "2032-12-31")] // financial year 7/2025–6/2026 ends in 2026
    [InlineData("2026-07-01", "2033-12-31")] // financial year 7/2026–6/2027 ends in 2027
    [InlineData("2027-02-28", "2033-12-31")]
    public void AccountingRetainedUntil_FinancialYearEndingInJune_CountsFromTheYearItEnds(string placed, string expected)
    {
        var calendar = new RetentionCalendar(new RetentionOptions { FinancialYearEndMonth = 6, FinancialYearEndDay = 30 });

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), calendar.AccountingRetainedUntil(At(placed)));
    }

    [Fact]
    public void AccountingRetainedUntil_UsesTheOrdersOwnOffsetDate()
    {
        var calendar = new RetentionCalendar(new RetentionOptions());
        var newYearInHelsinki = new DateTimeOffset(2027, 1, 1, 0, 30, 0, Helsinki); // still 2026 in UTC

        Assert.Equal(new DateOnly(2033, 12, 31), calendar.AccountingRetainedUntil(newYearInHelsinki));
    }

    [Fact]
    public void AccountingDueOn_IsTheDayAfterRetentionEnds()
    {
        var calendar = new RetentionCalendar(new RetentionOptions());

        Assert.Equal(new DateOnly(2033, 1, 1), calendar.AccountingDueOn(At("2026-05-05")));
    }

    [Fact]
    public void ProfileReviewOn_IsTheConfiguredYearsAfterLastActivity()
    {
        var calendar = new RetentionCalendar(new RetentionOptions { InactiveProfileYears = 3 });

        Assert.Equal(new DateOnly(2029, 11, 20), calendar.ProfileReviewOn(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)));
    }

    private static DateTimeOffset At(string date) =>
        new(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture).AddHours(12), Helsinki);
}

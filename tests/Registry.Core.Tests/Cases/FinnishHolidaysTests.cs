using Registry.Cases.Deadlines;

namespace Registry.Core.Tests.Cases;

public class FinnishHolidaysTests
{
    // Hand-checked against the Finnish almanac (Easter dates from the Gregorian tables, weekdays with `date`).
    public static TheoryData<int, string[]> Years => new()
    {
        { 2025, ["01-01", "01-06", "04-18", "04-20", "04-21", "05-01", "05-29", "06-08", "06-20", "06-21", "11-01", "12-06", "12-24", "12-25", "12-26"] },
        { 2026, ["01-01", "01-06", "04-03", "04-05", "04-06", "05-01", "05-14", "05-24", "06-19", "06-20", "10-31", "12-06", "12-24", "12-25", "12-26"] },
        { 2027, ["01-01", "01-06", "03-26", "03-28", "03-29", "05-01", "05-06", "05-16", "06-25", "06-26", "11-06", "12-06", "12-24", "12-25", "12-26"] },
        { 2028, ["01-01", "01-06", "04-14", "04-16", "04-17", "05-01", "05-25", "06-04", "06-23", "06-24", "11-04", "12-06", "12-24", "12-25", "12-26"] },
        { 2029, ["01-01", "01-06", "03-30", "04-01", "04-02", "05-01", "05-10", "05-20", "06-22", "06-23", "11-03", "12-06", "12-24", "12-25", "12-26"] },
        { 2030, ["01-01", "01-06", "04-19", "04-21", "04-22", "05-01", "05-30", "06-09", "06-21", "06-22", "11-02", "12-06", "12-24", "12-25", "12-26"] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void For_Year_MatchesHandCheckedTable(int year, string[] expected)
    {
        var actual = FinnishHolidays.For(year).Select(d => d.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2026-11-24", true)]   // an ordinary Tuesday
    [InlineData("2026-11-28", false)]  // Saturday
    [InlineData("2026-11-29", false)]  // Sunday
    [InlineData("2026-12-24", false)]  // Christmas Eve, a Thursday
    [InlineData("2026-06-19", false)]  // Midsummer Eve, a Friday
    public void IsWorkingDay_KnownDays(string date, bool expected) =>
        Assert.Equal(expected, FinnishHolidays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}

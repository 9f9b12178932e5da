namespace Registry.Cases.Deadlines;

/// <summary>
/// The answer deadline of Art. 12(3) GDPR, counted as Regulation (EEC, Euratom) No 1182/71 counts periods
/// (design decision D7): a period of months ends on the same date in the last month, or on that month's last
/// day when it has no such date (Art. 3(2)(c)); when that day is a Saturday, Sunday or public holiday the
/// period ends at the end of the next working day (Art. 3(4)). The day of receipt is the date in Finland.
/// </summary>
public static class DeadlineCalculator
{
    public const int FirstPeriodMonths = 1;
    public const int ExtensionMonths = 2;

    private static readonly TimeZoneInfo Finland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The calendar day in Finland on which a request was received.</summary>
    public static DateOnly ReceiptDay(DateTimeOffset receivedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, Finland).DateTime);

    /// <summary>The first deadline: one month from receipt.</summary>
    public static DateOnly Initial(DateOnly receivedOn) => MonthsAfter(receivedOn, FirstPeriodMonths);

    /// <summary>The extended deadline: two further months, so three months counted from receipt (Art. 12(3)).</summary>
    public static DateOnly Extended(DateOnly receivedOn) => MonthsAfter(receivedOn, FirstPeriodMonths + ExtensionMonths);

    /// <summary>
    /// Whether an extension may still be declared on <paramref name="today"/>: Art. 12(3) requires the
    /// requester to be told within one month of receipt, so only while the first period runs.
    /// </summary>
    public static bool MayExtend(DateOnly receivedOn, DateOnly today) => today <= Initial(receivedOn);

    private static DateOnly MonthsAfter(DateOnly start, int months)
    {
        // DateOnly.AddMonths clamps 31 Jan + 1 month to 28/29 Feb, which is exactly Art. 3(2)(c).
        var end = start.AddMonths(months);
        while (!FinnishHolidays.IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return end;
    }
}

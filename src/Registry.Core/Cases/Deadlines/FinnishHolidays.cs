namespace Registry.Cases.Deadlines;

/// <summary>
/// Days on which a Finnish office is closed: the public holidays of the Finnish calendar (New Year,
/// Epiphany, Good Friday, Easter Sunday and Monday, May Day, Ascension, Whitsun, Midsummer Eve and Day,
/// All Saints' Day, Independence Day, Christmas Eve, Christmas Day, St Stephen's Day), with Midsummer Eve
/// and Christmas Eve counted as non-working as collective agreements and the state do.
/// </summary>
public static class FinnishHolidays
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    public static bool IsHoliday(DateOnly date) => For(date.Year).Contains(date);

    /// <summary>Every holiday of a year, in date order.</summary>
    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        // Midsummer Day is the Saturday between 20 and 26 June; All Saints' Day the Saturday between 31 Oct and 6 Nov.
        var midsummerDay = SaturdayOnOrAfter(new DateOnly(year, 6, 20));
        var allSaints = SaturdayOnOrAfter(new DateOnly(year, 10, 31));
        DateOnly[] days =
        [
            new(year, 1, 1), new(year, 1, 6),
            easter.AddDays(-2), easter, easter.AddDays(1),
            new(year, 5, 1),
            easter.AddDays(39), easter.AddDays(49),
            midsummerDay.AddDays(-1), midsummerDay,
            allSaints,
            new(year, 12, 6), new(year, 12, 24), new(year, 12, 25), new(year, 12, 26),
        ];
        return days.Order().ToList();
    }

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly SaturdayOnOrAfter(DateOnly date) =>
        date.AddDays(((int)DayOfWeek.Saturday - (int)date.DayOfWeek + 7) % 7);
}

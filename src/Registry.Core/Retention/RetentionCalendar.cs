namespace Registry.Retention;

/// <summary>Turns the retention rules of design brief §4 into dates.</summary>
public sealed class RetentionCalendar(RetentionOptions options)
{
    /// <summary>
    /// The last day an order's accounting records must be kept: 31 December of the sixth year after the
    /// calendar year in which the order's financial year ended (Accounting Act 1336/1997 ch. 2 §10).
    /// The order's date is its placed-at date in the offset it was given.
    /// </summary>
    public DateOnly AccountingRetainedUntil(DateTimeOffset placedAt)
    {
        var date = DateOnly.FromDateTime(placedAt.DateTime);
        var yearEnd = FinancialYearEnd(date.Year);
        var financialYearEndsIn = date <= yearEnd ? yearEnd.Year : yearEnd.Year + 1;
        return new DateOnly(financialYearEndsIn + options.AccountingRetentionYears, 12, 31);
    }

    /// <summary>When an inactive profile falls due for anonymisation.</summary>
    public DateOnly ProfileReviewOn(DateTimeOffset lastActivityAt) =>
        DateOnly.FromDateTime(lastActivityAt.UtcDateTime).AddYears(options.InactiveProfileYears);

    /// <summary>The first day the purge may act on an order: the day after its retention ends.</summary>
    public DateOnly AccountingDueOn(DateTimeOffset placedAt) => AccountingRetainedUntil(placedAt).AddDays(1);

    private DateOnly FinancialYearEnd(int year)
    {
        var day = Math.Min(options.FinancialYearEndDay, DateTime.DaysInMonth(year, options.FinancialYearEndMonth));
        return new DateOnly(year, options.FinancialYearEndMonth, day);
    }
}

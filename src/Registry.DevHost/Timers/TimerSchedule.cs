using NCrontab;

namespace Registry.DevHost.Timers;

/// <summary>
/// An NCRONTAB schedule evaluated in UTC: six fields (with seconds) as the Functions host writes
/// them, or the classic five.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    public string Expression { get; }

    public static TimerSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
        {
            throw new FormatException($"'{expression}' is not an NCRONTAB expression (5 or 6 fields, got {fields}).");
        }

        var options = new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 };
        return new TimerSchedule(expression, CrontabSchedule.Parse(expression, options));
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var next = _schedule.GetNextOccurrence(after.UtcDateTime);
        return new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }

    /// <summary>The last occurrence at or before <paramref name="now"/>, starting from a due one.</summary>
    public DateTimeOffset LatestDue(DateTimeOffset due, DateTimeOffset now)
    {
        for (var next = NextAfter(due); next <= now; next = NextAfter(due))
        {
            due = next;
        }

        return due;
    }
}

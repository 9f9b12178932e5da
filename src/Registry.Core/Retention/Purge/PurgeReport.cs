namespace Registry.Retention.Purge;

/// <summary>
/// What one run did (or, in a dry run, would do): counts per rule and per kind, the items moved to a later date
/// or left in place and why, duration. Identifiers, dates, counts and reason names only: never personal data.
/// </summary>
public sealed record PurgeReport
{
    public required DateOnly RunDate { get; init; }

    public required bool DryRun { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required double DurationSeconds { get; init; }

    /// <summary><c>completed</c>, <c>budget-exhausted</c> (the next run continues) or <c>lock-held</c> (another run was working).</summary>
    public required string Outcome { get; init; }

    /// <summary>Due items looked at.</summary>
    public required int Items { get; init; }

    /// <summary>Per purge rule name (<c>case-file</c>, <c>export-blob</c>, …): how many things it deleted or would delete.</summary>
    public required IReadOnlyDictionary<string, int> Actions { get; init; }

    /// <summary>Per schedule kind: items done (entry removed), rescheduled, failed, or without a rule.</summary>
    public required IReadOnlyDictionary<string, PurgeKindCounts> Kinds { get; init; }

    /// <summary>Items kept with a later date, with the reasons the rule gave (hold names, "not yet due", …).</summary>
    public required IReadOnlyList<PurgeReportItem> Rescheduled { get; init; }

    /// <summary>Items left in place: no rule for their kind, or their rule failed (the exception's type only).</summary>
    public required IReadOnlyList<PurgeReportItem> LeftInPlace { get; init; }

    /// <summary>Items not listed because a list reached its cap (the counts above still include them).</summary>
    public int Omitted { get; init; }
}

/// <summary>Counts for one schedule kind.</summary>
public sealed record PurgeKindCounts(int Done, int Rescheduled, int Failed, int NoRule);

/// <summary>One listed item: kind, target (an identifier), the next date if any, and why.</summary>
public sealed record PurgeReportItem(string Kind, string Target, DateOnly? NextDueOn, IReadOnlyList<string> Reasons);

using Registry.Subjects;

namespace Registry.Retention;

/// <summary>
/// The sharded index of due dates that the nightly purge reads, so its cost grows with what is due.
/// One entry per item and date: on that date the purge re-reads the item and acts on whatever has fallen due.
/// </summary>
public interface IRetentionSchedule
{
    /// <summary>Idempotent: scheduling the same item for the same date twice leaves one entry.</summary>
    Task ScheduleAsync(ScheduledItem item, CancellationToken cancellationToken = default);

    /// <summary>Idempotent: scheduling the same subject for the same date twice leaves one entry.</summary>
    Task ScheduleSubjectReviewAsync(SubjectId subject, DateOnly dueOn, CancellationToken cancellationToken = default) =>
        ScheduleAsync(ScheduledItem.Review(subject, dueOn), cancellationToken);

    /// <summary>
    /// Every entry due on or before <paramref name="today"/>, of every kind, including older days a missed night
    /// left behind, in key order. Entries removed while the sequence is read are not returned again.
    /// </summary>
    IAsyncEnumerable<ScheduledItem> DueAsync(DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a purge run's moves together: each entry goes to its next date, or is removed when it has none. Every new
    /// entry is written before any old one is removed, so a crash in between leaves two entries (harmless: the rule
    /// re-reads) rather than none; entries already gone are not an error (a repeat after a crash).
    /// </summary>
    Task MoveAsync(IReadOnlyCollection<ScheduleMove> moves, CancellationToken cancellationToken = default);
}

/// <summary>
/// Something the purge looks at on <paramref name="DueOn"/>: a <paramref name="Kind"/> (which rule) and the
/// <paramref name="Target"/> it concerns, an identifier only (a subject id, a case reference, a day).
/// </summary>
public sealed record ScheduledItem(string Kind, string Target, DateOnly DueOn)
{
    /// <summary>A person's partition: expired orders, an inactive profile, an erasure waiting for its holds.</summary>
    public const string ReviewKind = "review";

    public static ScheduledItem Review(SubjectId subject, DateOnly dueOn) => new(ReviewKind, subject.Value, dueOn);
}

/// <summary>Where a handled entry goes: to <paramref name="NextDueOn"/>, or nowhere (removed) when it is null.</summary>
public sealed record ScheduleMove(ScheduledItem Item, DateOnly? NextDueOn);

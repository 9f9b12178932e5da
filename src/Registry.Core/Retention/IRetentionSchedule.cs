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

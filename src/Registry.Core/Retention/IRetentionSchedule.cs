using Registry.Subjects;

namespace Registry.Retention;

/// <summary>
/// The sharded index of due dates that the nightly purge reads, so its cost grows with what is due.
/// One entry per subject and date: on that date the purge re-reads the subject and acts on whatever
/// has fallen due (orders past accounting retention, an inactive profile), then schedules the next date.
/// </summary>
public interface IRetentionSchedule
{
    /// <summary>Idempotent: scheduling the same subject for the same date twice leaves one entry.</summary>
    Task ScheduleSubjectReviewAsync(SubjectId subject, DateOnly dueOn, CancellationToken cancellationToken = default);
}

using Registry.Erasure;
using Registry.Execution.Erasure;
using Registry.Subjects;

namespace Registry.Retention.Review;

/// <summary>
/// The purge rule for <c>review|{subject}</c> entries: re-reads the person, plans with <see cref="SubjectReviewPlan"/>,
/// and acts. A new order since the entry was written shows as a later activity date, so the profile is rescheduled,
/// not anonymised. Every action tolerates a repeat, so a run cut short is simply run again. A person whose profile stays
/// has the rows returning customers' orders appended folded away (<see cref="CompactAsync"/>), so they stay bounded.
/// </summary>
public sealed class SubjectReviewRule(
    ISubjectReader reader, ISubjectEraser eraser, SubjectErasure erasure, Anonymisation anonymisation, AccessPackageRemoval packages, HeldErasureCompletion completion,
    ISubjectPartitions partitions, RetentionCalendar calendar, RetentionOptions options, TimeProvider time) : IPurgeRule
{
    public string Kind => ScheduledItem.ReviewKind;

    public async Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default)
    {
        if (!SubjectId.TryParse(item.Target, out var subject) || await reader.ReadAsync(subject, cancellationToken) is not { } data)
        {
            return PurgeItemResult.Nothing;
        }

        var plan = SubjectReviewPlan.For(data, run.Today, calendar, options);
        var actions = new Dictionary<string, int>();
        if (plan.ExpiredOrders.Count > 0)
        {
            actions["accounting-records"] = plan.ExpiredOrders.Count;
        }

        if (plan.AnonymiseProfile)
        {
            actions["inactive-profile"] = 1;
        }

        if (plan.CompleteCases.Count > 0)
        {
            actions["held-erasure"] = plan.CompleteCases.Count;
        }
        else if (plan.EraseEverything)
        {
            actions["subject-emptied"] = 1;
        }

        if (!run.DryRun)
        {
            await ApplyAsync(data, plan, cancellationToken);
        }

        return new PurgeItemResult(actions, plan.NextDueOn, plan.Kept);
    }

    private async Task ApplyAsync(SubjectData data, SubjectReviewPlan plan, CancellationToken cancellationToken)
    {
        if (plan.AnonymiseProfile)
        {
            // Anonymisation erases as far as the holds allow, expired orders included, and schedules what is left.
            await anonymisation.AnonymiseAsync(data, null, time.GetUtcNow(), cancellationToken);
        }
        else if (plan.EraseEverything)
        {
            await erasure.EraseAllAsync(data, cancellationToken);
        }
        else if (plan.ExpiredOrders.Count > 0)
        {
            await eraser.EraseOrdersAsync(data, plan.ExpiredOrders, cancellationToken);
        }

        if (plan.AnonymiseProfile || plan.EraseEverything)
        {
            await packages.RemoveAsync(data.Subject, null, cancellationToken);
        }

        if (plan.CompleteCases.Count > 0)
        {
            await completion.CompleteAsync(data, plan.CompleteCases, cancellationToken);
        }

        if (!plan.AnonymiseProfile && !plan.EraseEverything)
        {
            await CompactAsync(data, cancellationToken);
        }
    }

    /// <summary>
    /// Writes the profile and current preferences as read, folded, at the versions read, and removes the snapshots (with their
    /// keys) and pending events that read saw, in one transaction: only when there are any, so a person without costs nothing.
    /// A conflict (a change since the read) leaves everything for the next review or order to fold; nothing read is lost.
    /// </summary>
    private async Task CompactAsync(SubjectData data, CancellationToken cancellationToken)
    {
        if (data.Appended is { } read && data.Profile is { Erased: false })
        {
            var write = new ProfileWrite(read.Profile, read.ProfileETag) { Replaces = read.Folded.ProfileRows, FoldedPreferences = read.Folded.Preferences };
            await partitions.ReplaceProfileAsync(data.Subject, read.Keys, write, cancellationToken);
        }
    }
}

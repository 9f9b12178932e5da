using Registry.Privacy;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// Carries out an <see cref="ErasurePlan"/>. A partial erasure marks the person first, so that from the first
/// request on they are out of audiences and search even if the rest is interrupted, and schedules the review at
/// which the purge finishes the job and completes <c>pendingCase</c>.
/// </summary>
public sealed class SubjectErasure(ISubjectEraser eraser, IRetentionSchedule schedule, IBlindIndex blindIndex, RetentionOptions options)
{
    public async Task<ErasurePlan> EraseAsync(SubjectData data, string? pendingCase, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var plan = ErasurePlan.For(data, DateOnly.FromDateTime(now.UtcDateTime), options.HoldRecheckDays);
        if (plan.EraseEverything)
        {
            await EraseAllAsync(data, cancellationToken);
            return plan;
        }

        var earlier = data.Status.Erasure;
        var pending = (earlier?.PendingCases ?? []).Concat(pendingCase is null ? [] : [pendingCase]).Distinct().ToList();
        await eraser.MarkErasedAsync(data.Subject, new ErasureMark(earlier?.ErasedAt ?? now, pending), cancellationToken);
        await eraser.EraseProfileAsync(data, await EmailIndexAsync(data, cancellationToken), cancellationToken);
        await eraser.EraseOrdersAsync(data, plan.OrdersToErase, cancellationToken);
        await schedule.ScheduleSubjectReviewAsync(data.Subject, plan.NextReviewOn!.Value, cancellationToken);
        return plan;
    }

    /// <summary>Everything, with no hold checked: for a person the purge found nothing left to keep of.</summary>
    public async Task EraseAllAsync(SubjectData data, CancellationToken cancellationToken = default) =>
        await eraser.EraseAllAsync(data, await EmailIndexAsync(data, cancellationToken), cancellationToken);

    private async Task<string?> EmailIndexAsync(SubjectData data, CancellationToken cancellationToken) =>
        data.Profile?.Email?.Value is { } email ? await blindIndex.ForEmailAsync(email, cancellationToken) : null;
}

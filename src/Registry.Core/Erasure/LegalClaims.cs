using Registry.Retention;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>Stores and removes the privacy officer's legal-claim hold (<c>hold|legal-claim</c> in the person's partition).</summary>
public interface ILegalClaimHolds
{
    Task PlaceAsync(SubjectId subject, LegalClaimHold hold, CancellationToken cancellationToken = default);

    Task LiftAsync(SubjectId subject, CancellationToken cancellationToken = default);
}

/// <summary>
/// The officer's legal-claim flag (Art. 17(3)(e)): while it is set, an erasure keeps every order and the purge
/// deletes none. Lifting it on a person whose erasure waits for holds schedules a review for today, so the next
/// nightly run finishes the erasure without waiting for the periodic recheck.
/// </summary>
public sealed class LegalClaims(ISubjectReader reader, ILegalClaimHolds holds, IRetentionSchedule schedule, TimeProvider time)
{
    public async Task<SubjectStatus?> PlaceAsync(SubjectId subject, string actor, string? caseReference, CancellationToken cancellationToken = default)
    {
        if (await reader.ReadAsync(subject, cancellationToken) is not { } data)
        {
            return null;
        }

        var hold = new LegalClaimHold(data.Status.LegalClaim?.Since ?? time.GetUtcNow(), actor, caseReference);
        await holds.PlaceAsync(subject, hold, cancellationToken);
        return data.Status with { LegalClaim = hold };
    }

    public async Task<SubjectStatus?> LiftAsync(SubjectId subject, CancellationToken cancellationToken = default)
    {
        if (await reader.ReadAsync(subject, cancellationToken) is not { } data)
        {
            return null;
        }

        await holds.LiftAsync(subject, cancellationToken);
        if (data.Status.Erasure is not null)
        {
            await schedule.ScheduleSubjectReviewAsync(subject, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
        }

        return data.Status with { LegalClaim = null };
    }
}

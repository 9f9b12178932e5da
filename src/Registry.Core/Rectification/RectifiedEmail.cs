using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;

namespace Registry.Rectification;

/// <summary>
/// Moves the e-mail lookup with a corrected address: the new address finds the person (insert-if-absent), the wrong one
/// no longer does (removed only while it still names them, so whoever really owns it starts fresh), and an objection to
/// direct marketing follows to the suppression list. Each write is idempotent, so it runs before the profile write.
/// </summary>
public sealed class RectifiedEmail(ISubjectLookup lookup, IBlindIndex blindIndex, ISuppressionList suppression)
{
    /// <summary>A note for the step's summary when the new address already belongs to someone else; null otherwise.</summary>
    public async Task<string?> MoveAsync(SubjectId subject, SubjectRecord before, CustomerProfile after, CancellationToken cancellationToken = default)
    {
        if (after.Email is not { } corrected || before.Profile.Email?.Value == corrected.Value)
        {
            return null;
        }

        var index = await blindIndex.ForEmailAsync(corrected.Value, cancellationToken);
        var holder = await lookup.ClaimEmailAsync(index, subject, cancellationToken);
        if (before.Profile.Email is { } wrong)
        {
            await lookup.ReleaseEmailAsync(await blindIndex.ForEmailAsync(wrong.Value, cancellationToken), subject, cancellationToken);
        }

        if (before.Preferences.TryGetValue(ConsentPurpose.DirectMarketing, out var marketing) && marketing.Event.State == PreferenceState.Objected)
        {
            await suppression.AddAsync(index, marketing.Event.OccurredAt, cancellationToken);
        }

        return holder == subject ? null : $"the corrected e-mail already finds subject {holder.Value}; its lookup was left alone";
    }
}

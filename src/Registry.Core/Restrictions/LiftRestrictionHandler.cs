using Registry.Cases;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Restrictions;

/// <summary>
/// Lifts a restriction on the officer's decision. When a case asked for it, the person is told first (Art. 18(3):
/// "informed … before the restriction of processing is lifted"), with the officer's reason; the letter id is derived
/// from that case, so a retried call sends the same id. Then the marker is removed.
/// </summary>
public sealed class LiftRestrictionHandler(ISubjectRestrictions restrictions, ICaseStore cases, CaseLetters letters)
{
    /// <summary>True when a letter was queued (the restriction came from a case).</summary>
    public async Task<bool> LiftAsync(SubjectId subject, Restriction restriction, string reason, CancellationToken cancellationToken = default)
    {
        var informed = false;
        if (CaseReference.TryParse(restriction.CaseReference, out var reference) && await cases.GetAsync(reference, cancellationToken) is { } stored)
        {
            await letters.SendAsync(stored.Case, LetterKind.RestrictionLifted, new() { ["reasons"] = reason }, cancellationToken: cancellationToken);
            informed = true;
        }

        await restrictions.LiftAsync(subject, cancellationToken);
        return informed;
    }
}

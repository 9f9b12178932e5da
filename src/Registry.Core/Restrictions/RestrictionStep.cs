using System.Globalization;
using Registry.Cases;
using Registry.Execution;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Restrictions;

/// <summary>
/// Carries out a decided restriction (Art. 18): writes the <c>status|restricted</c> marker (kept if one is there
/// already, so a redelivery changes nothing) and tells the person. From then on audiences leave the person out and
/// staff search reports them restricted; lifting is the officer's <c>DELETE /api/staff/subjects/{id}/restriction</c>.
/// </summary>
public sealed class RestrictionStep(ISubjectRestrictions restrictions, CaseLetters letters) : ICaseActionStep
{
    public RequestType Type => RequestType.Restriction;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var reference = context.Case.Reference.Value;
        var inForce = await restrictions.RestrictAsync(context.Subject, new Restriction(context.Now, reference), cancellationToken);
        await letters.SendAsync(context.Case, LetterKind.RestrictionDone, [], cancellationToken: cancellationToken);
        var since = inForce.Since.ToString("O", CultureInfo.InvariantCulture);
        return new StepResult.Done(inForce.CaseReference == reference
            ? $"restricted since {since}"
            : $"already restricted since {since} (case {inForce.CaseReference ?? "none"}); that marker is kept");
    }
}

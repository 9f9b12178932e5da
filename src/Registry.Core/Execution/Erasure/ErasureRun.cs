using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Execution.Erasure;

/// <summary>
/// What erasure and anonymisation share around their own act: read the person, erase (one way or the other), delete
/// their unsealed access packages (except this case's, when the person asked for a copy too) and the mail attachments of
/// their cases, and send the letter:
/// <c>done</c> when nothing is kept, <c>erasure-partial</c> (what is kept, why, until when) when a hold keeps records.
/// </summary>
public sealed class ErasureRun(ISubjectReader reader, AccessPackageRemoval packages, AttachmentRemoval attachments, CaseLetters letters)
{
    public async Task<ErasurePlan> RunAsync(
        StepContext context, Func<SubjectData, Task<ErasurePlan>> erase, LetterKind done, CancellationToken cancellationToken = default)
    {
        var data = await reader.ReadAsync(context.Subject, cancellationToken) ?? new SubjectData(context.Subject, null, [], []);
        var plan = await erase(data);
        var keep = context.Case.DecidedActions.Contains(RequestType.Access) ? context.Case.Reference : (CaseReference?)null;
        await packages.RemoveAsync(context.Subject, keep, cancellationToken);
        await attachments.RemoveAsync(context.Subject, cancellationToken);
        var kind = plan.EraseEverything ? done : LetterKind.ErasurePartial;
        await letters.SendAsync(context.Case, kind, ErasureLetters.Values(data, plan, context.Case.Language), cancellationToken: cancellationToken);
        return plan;
    }

    /// <summary>The timeline's account of a partial erasure: identifiers, counts, hold kinds and the review date.</summary>
    public static string Held(ErasurePlan plan) =>
        $"profile erased, {plan.OrdersToErase.Count} orders erased, {plan.OrdersKept.Count} kept under {string.Join(", ", plan.Holds.Select(h => h.Kind).Distinct())}; review on {plan.NextReviewOn:yyyy-MM-dd}";
}

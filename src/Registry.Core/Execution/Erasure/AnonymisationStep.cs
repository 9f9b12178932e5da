using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Execution.Erasure;

/// <summary>
/// Replaces the person with non-identifying statistics and erases them: both keys shredded where the law allows,
/// else an erasure with holds, finished by the purge.
/// </summary>
public sealed class AnonymisationStep(ISubjectReader reader, Anonymisation anonymisation, AccessPackageRemoval packages, CaseLetters letters) : ICaseActionStep
{
    public RequestType Type => RequestType.Anonymisation;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var data = await reader.ReadAsync(context.Subject, cancellationToken) ?? new SubjectData(context.Subject, null, [], []);
        var plan = await anonymisation.AnonymiseAsync(data, context.Case.Reference.Value, context.Now, cancellationToken);
        await packages.RemoveAsync(context.Subject, context.Case.DecidedActions.Contains(RequestType.Access) ? context.Case.Reference : null, cancellationToken);
        var values = ErasureLetters.Values(data, plan, context.Case.Language);
        await letters.SendAsync(context.Case, plan.EraseEverything ? LetterKind.AnonymisationDone : LetterKind.ErasurePartial, values, cancellationToken: cancellationToken);
        return plan.EraseEverything
            ? new StepResult.Done("anonymised; both keys shredded")
            : new StepResult.Partial($"anonymised; profile erased, {plan.OrdersKept.Count} orders kept under holds; review on {plan.NextReviewOn:yyyy-MM-dd}");
    }
}

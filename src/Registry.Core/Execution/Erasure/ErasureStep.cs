using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Execution.Erasure;

/// <summary>
/// Art. 17 (notice S4-erasure): erases the person completely, or, when open invoices, debt collection, the
/// Accounting Act period or a legal claim hold some records, everything else, leaving the case partially completed
/// until the purge erases the rest. A retry after the erasure finds nothing left and sends the same letter id again.
/// </summary>
public sealed class ErasureStep(ISubjectReader reader, SubjectErasure erasure, AccessPackageRemoval packages, CaseLetters letters) : ICaseActionStep
{
    public RequestType Type => RequestType.Erasure;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var data = await reader.ReadAsync(context.Subject, cancellationToken) ?? new SubjectData(context.Subject, null, [], []);
        var plan = await erasure.EraseAsync(data, context.Case.Reference.Value, context.Now, cancellationToken);
        await packages.RemoveAsync(context.Subject, context.Case.DecidedActions.Contains(RequestType.Access) ? context.Case.Reference : null, cancellationToken);
        var kind = plan.EraseEverything ? LetterKind.ErasureDone : LetterKind.ErasurePartial;
        await letters.SendAsync(context.Case, kind, ErasureLetters.Values(data, plan, context.Case.Language), cancellationToken: cancellationToken);
        return plan.EraseEverything
            ? new StepResult.Done($"erased completely ({data.Orders.Count} orders)")
            : new StepResult.Partial(
                $"profile erased, {plan.OrdersToErase.Count} orders erased, {plan.OrdersKept.Count} kept under {string.Join(", ", plan.Holds.Select(h => h.Kind).Distinct())}; review on {plan.NextReviewOn:yyyy-MM-dd}");
    }
}

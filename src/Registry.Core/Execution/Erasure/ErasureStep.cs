using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;

namespace Registry.Execution.Erasure;

/// <summary>
/// Art. 17 (notice S4-erasure): erases the person completely, or, when open invoices, debt collection, the
/// Accounting Act period or a legal claim hold some records, everything else, leaving the case partially completed
/// until the purge erases the rest. A retry after the erasure finds nothing left and sends the same letter id again.
/// </summary>
public sealed class ErasureStep(ErasureRun run, SubjectErasure erasure) : ICaseActionStep
{
    public RequestType Type => RequestType.Erasure;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var plan = await run.RunAsync(context, data => erasure.EraseAsync(data, context.Case.Reference.Value, context.Now, cancellationToken), LetterKind.ErasureDone, cancellationToken);
        return plan.EraseEverything
            ? new StepResult.Done($"erased completely ({plan.OrdersToErase.Count} orders)")
            : new StepResult.Partial(ErasureRun.Held(plan));
    }
}

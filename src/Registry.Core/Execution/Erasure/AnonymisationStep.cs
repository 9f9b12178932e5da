using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;

namespace Registry.Execution.Erasure;

/// <summary>
/// Replaces the person with non-identifying statistics and erases them: both keys shredded where the law allows,
/// else an erasure with holds, finished by the purge.
/// </summary>
public sealed class AnonymisationStep(ErasureRun run, Anonymisation anonymisation) : ICaseActionStep
{
    public RequestType Type => RequestType.Anonymisation;

    public async Task<StepResult> RunAsync(StepContext context, CancellationToken cancellationToken = default)
    {
        var plan = await run.RunAsync(context, data => anonymisation.AnonymiseAsync(data, context.Case.Reference.Value, context.Now, cancellationToken), LetterKind.AnonymisationDone, cancellationToken);
        return plan.EraseEverything
            ? new StepResult.Done("anonymised; both keys shredded")
            : new StepResult.Partial($"anonymised; {ErasureRun.Held(plan)}");
    }
}

using Registry.Cases;
using Registry.Erasure;
using Registry.Letters;
using Registry.Subjects;

namespace Registry.Execution.Erasure;

/// <summary>
/// Completes the erasure cases that waited for holds, once the purge has erased what the holds kept: each
/// partially completed case moves to completed with a timeline entry, and the person gets the final letter.
/// A case already completed (a second run) is left alone; the letter id is the same on every retry.
/// </summary>
public sealed class HeldErasureCompletion(ICaseStore cases, CaseLetters letters, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public async Task<int> CompleteAsync(SubjectData erased, IReadOnlyList<string> pendingCases, CancellationToken cancellationToken = default)
    {
        var completed = 0;
        foreach (var text in pendingCases)
        {
            if (CaseReference.TryParse(text, out var reference) && await CompleteAsync(erased, reference, cancellationToken))
            {
                completed++;
            }
        }

        return completed;
    }

    private async Task<bool> CompleteAsync(SubjectData erased, CaseReference reference, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await cases.GetAsync(reference, cancellationToken) is not { Case.Status: CaseStatus.PartiallyCompleted } stored)
            {
                return false;
            }

            var change = CaseTransitions.Apply(stored.Case, CaseAction.Complete);
            var plan = new ErasurePlan(true, erased.Orders, [], [], null);
            await letters.SendAsync(stored.Case, LetterKind.ErasureDone, ErasureLetters.Values(erased, plan, stored.Case.Language), "final", cancellationToken);
            var happened = new CaseEvent
            {
                EventId = Guid.NewGuid().ToString("N"),
                At = time.GetUtcNow(),
                Kind = CaseEventKind.Completed,
                Actor = "retention-purge",
                StatusAfter = CaseStatus.Completed,
                Detail = "the records the holds kept were erased by the retention purge",
            };
            if (await cases.UpdateAsync(change.Case!, stored.Version, happened, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException("An erasure case kept changing while the purge completed it; the next run retries.");
    }
}

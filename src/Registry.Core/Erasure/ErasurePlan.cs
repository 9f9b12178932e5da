using Registry.Orders.Storage;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Erasure;

/// <summary>
/// What erasing a person means today (Art. 17; notice S4-erasure): with no hold, everything; with holds, the whole
/// profile scope and every order no hold keeps, while held orders stay (restricted) until the purge finds their
/// holds ended on <see cref="NextReviewOn"/>. Pure: the dry run and the tests read it without touching storage.
/// </summary>
public sealed record ErasurePlan(
    bool EraseEverything,
    IReadOnlyList<StoredOrder> OrdersToErase,
    IReadOnlyList<StoredOrder> OrdersKept,
    IReadOnlyList<Hold> Holds,
    DateOnly? NextReviewOn)
{
    public static ErasurePlan For(SubjectData data, DateOnly today, int recheckDays)
    {
        var holds = HoldRules.Evaluate(data, today);
        if (holds.Count == 0)
        {
            return new(true, data.Orders, [], [], null);
        }

        // A legal claim keeps every record that may be evidence; the other holds keep their own order only.
        var everyOrderHeld = holds.Any(h => h.Kind == HoldKind.LegalClaim);
        var kept = data.Orders.Where(o => everyOrderHeld || holds.Any(h => h.Order == o.Ref)).ToList();
        return new(false, data.Orders.Except(kept).ToList(), kept, holds, HoldRules.NextReview(holds, today, recheckDays));
    }
}

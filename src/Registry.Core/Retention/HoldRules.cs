using Registry.Clients;
using Registry.Orders.Billing;
using Registry.Subjects;

namespace Registry.Retention;

/// <summary>
/// Which holds keep a person's data from being erased today: an open invoice or debt collection on any order,
/// the Accounting Act period of each order still running, and a legal-claim hold the officer set.
/// Only accounting data is ever held; the profile (contact data, preferences) never is. The smoke test's synthetic
/// orders (<see cref="SmokeTestClient"/>) are no vouchers, so no Accounting Act period keeps them.
/// </summary>
public static class HoldRules
{
    public static IReadOnlyList<Hold> Evaluate(SubjectData data, DateOnly today)
    {
        var holds = new List<Hold>();
        foreach (var order in data.Orders)
        {
            if (order.Billing.Status == InvoiceStatus.Open)
            {
                holds.Add(new Hold(HoldKind.OpenInvoice, order.Ref, null));
            }
            else if (order.Billing.Status == InvoiceStatus.InCollection)
            {
                holds.Add(new Hold(HoldKind.DebtCollection, order.Ref, null));
            }

            if (order.RetainedUntil >= today && !SmokeTestClient.Is(order.Client))
            {
                holds.Add(new Hold(HoldKind.AccountingRetention, order.Ref, order.RetainedUntil));
            }
        }

        if (data.Status.LegalClaim is not null)
        {
            holds.Add(new Hold(HoldKind.LegalClaim, null, null));
        }

        return holds;
    }

    /// <summary>
    /// When to look again: the day after the earliest known end, or after <paramref name="recheckDays"/> when a
    /// hold has no known end (an invoice may be paid any day; a review then finds the next date).
    /// </summary>
    public static DateOnly NextReview(IReadOnlyList<Hold> holds, DateOnly today, int recheckDays)
    {
        var recheck = today.AddDays(recheckDays);
        var ends = holds.Select(h => h.Until?.AddDays(1) ?? recheck);
        return ends.DefaultIfEmpty(today).Min();
    }
}

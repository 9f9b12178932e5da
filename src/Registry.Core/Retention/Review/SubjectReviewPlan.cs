using Registry.Orders.Storage;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Retention.Review;

/// <summary>
/// What the nightly purge does with one person on <c>today</c> (design brief §4): orders past their Accounting Act
/// period go unless an invoice is open, in collection or under a legal claim; a profile inactive for the configured
/// years is anonymised; when nothing is left to keep, the person is erased and any erasure case waiting for the holds
/// completes. Pure, so a dry run reports exactly what a real run would do.
/// </summary>
public sealed record SubjectReviewPlan(
    IReadOnlyList<StoredOrder> ExpiredOrders,
    bool AnonymiseProfile,
    bool EraseEverything,
    IReadOnlyList<string> CompleteCases,
    DateOnly? NextDueOn,
    IReadOnlyList<string> Kept)
{
    public static SubjectReviewPlan For(SubjectData data, DateOnly today, RetentionCalendar calendar, RetentionOptions options)
    {
        var holds = HoldRules.Evaluate(data, today);
        var legalClaim = data.Status.LegalClaim is not null;
        var expired = data.Orders.Where(o => !legalClaim && !holds.Any(h => h.Order == o.Ref)).ToList();
        var remaining = data.Orders.Except(expired).ToList();
        var profile = data.Profile is { Erased: false } live ? live : null;
        var profileDue = profile is null ? (DateOnly?)null : calendar.ProfileReviewOn(profile.LastActivityAt);
        var anonymise = profileDue <= today;
        var profileStays = profile is not null && !anonymise;
        var eraseEverything = !profileStays && remaining.Count == 0 && !legalClaim;

        var next = new List<DateOnly>();
        if (profileStays)
        {
            next.Add(profileDue!.Value);
        }

        if (!eraseEverything)
        {
            var remainingHolds = holds.Where(h => h.Order is null || remaining.Any(o => o.Ref == h.Order)).ToList();
            next.Add(HoldRules.NextReview(remainingHolds, today, options.HoldRecheckDays));
        }

        var kept = holds.Select(h => h.Kind.ToWire()).Distinct().ToList();
        if (profileStays)
        {
            kept.Add("profile-active");
        }

        return new SubjectReviewPlan(
            expired,
            anonymise,
            eraseEverything,
            eraseEverything ? data.Status.Erasure?.PendingCases ?? [] : [],
            eraseEverything ? null : next.Where(d => d > today).DefaultIfEmpty(today.AddDays(options.HoldRecheckDays)).Min(),
            kept);
    }
}

using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy.Encryption;
using Registry.Retention;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Orders.Ingest;

/// <summary>
/// Decides, without I/O, what one order changes in a subject's partition: the newer contact values,
/// the checkout choices through the preference ledger, the stored order, and whether the retention
/// schedule needs an earlier review date for this subject.
/// </summary>
public sealed record OrderIngestionPlan(SubjectCommit Commit, DateOnly? ScheduleReviewOn)
{
    /// <summary>The plan for one order; <c>suppressedSince</c> is when its e-mail went on the suppression list, whose objection is re-applied.</summary>
    public static OrderIngestionPlan For(
        SubjectRecord record, OrderClaim claim, ValidatedOrder order, RetentionCalendar calendar, DateTimeOffset? suppressedSince = null)
    {
        var provenance = new Provenance(order.Channel.ToWire(), claim.Client, order.PlacedAt, claim.OrderRef.Value);
        var merged = record.Profile.MergeNewer(order.Customer, provenance);

        var reviewOn = Earliest(calendar.AccountingDueOn(order.PlacedAt), calendar.ProfileReviewOn(merged.LastActivityAt));
        DateOnly? schedule = null;
        if (merged.NextReviewOn is not { } next || reviewOn < next)
        {
            schedule = reviewOn;
            merged = merged with { NextReviewOn = reviewOn };
        }

        // A read that folded appended rows writes the profile even when nothing changed, so the same transaction removes them.
        var profile = merged == record.Profile && record.Folded.ProfileRows.Count == 0 ? null : new ProfileWrite(merged, record.ProfileETag) { Replaces = record.Folded.ProfileRows };
        var stored = Stored(claim, order, calendar);
        var preferences = PreferenceLedger.Plan(record.Preferences, Events(record, claim, order, provenance, suppressedSince));
        var commit = new SubjectCommit(claim.Subject, record.Keys, profile, stored, preferences) { FoldedPreferences = record.Folded.Preferences };
        return new OrderIngestionPlan(commit, schedule);
    }

    /// <summary>
    /// The write for a returning customer's order that needs no read of the partition, or null when the order might need an
    /// earlier review than the person already has, which only the read can tell. The person's review is never later than
    /// the profile's review date (<see cref="RetentionCalendar.ProfileReviewOn"/> of the last activity), and no activity is
    /// later than <paramref name="latestActivity"/>; an order whose accounting period ends after that date (any order placed
    /// lately) moves nothing earlier. A late, old order whose period ends sooner takes the reading path.
    /// </summary>
    public static BlindCommit? Blind(OrderClaim claim, ValidatedOrder order, RetentionCalendar calendar, DateTimeOffset latestActivity)
    {
        if (calendar.AccountingDueOn(order.PlacedAt) < calendar.ProfileReviewOn(latestActivity))
        {
            return null;
        }

        var provenance = new Provenance(order.Channel.ToWire(), claim.Client, order.PlacedAt, claim.OrderRef.Value);
        var snapshot = CustomerProfile.Empty.MergeNewer(order.Customer, provenance);
        var choices = order.Preferences
            .Select(choice => new PreferenceEvent($"{claim.OrderRef}.{choice.Purpose.ToWire()}", choice.Purpose, choice.State, provenance, choice.Evidence))
            .ToList();
        return new BlindCommit(claim.Subject, Keyring.ForNewRows(claim.Subject, claim.OrderRef.Value), snapshot, Stored(claim, order, calendar), choices);
    }

    private static StoredOrder Stored(OrderClaim claim, ValidatedOrder order, RetentionCalendar calendar)
    {
        var customer = order.Customer;
        var billTo = new BillTo(customer.FirstName, customer.LastName, customer.Organisation, customer.Address);
        return new StoredOrder(
            claim.OrderRef, claim.Client, order.OrderId, order.Channel, order.PlacedAt, billTo, order.Billing,
            order.Lines.Select(StoredLine.From).ToList(), order.Currency, order.Total, calendar.AccountingRetainedUntil(order.PlacedAt), claim.ContentHash)
        {
            ClaimETag = claim.ETag,
        };
    }

    private static IEnumerable<PreferenceEvent> Events(
        SubjectRecord record, OrderClaim claim, ValidatedOrder order, Provenance provenance, DateTimeOffset? suppressedSince)
    {
        // The suppression list outlives an erased person: a new order for the same e-mail must not start
        // from the default, so the earlier objection is recorded again, at the time it was made.
        var objectsAtCheckout = order.Preferences.Any(p => p.Purpose == ConsentPurpose.DirectMarketing && p.State == PreferenceState.Objected);
        if (suppressedSince is { } since && !objectsAtCheckout)
        {
            var objection = new PreferenceEvent(
                $"{claim.OrderRef}.suppression", ConsentPurpose.DirectMarketing, PreferenceState.Objected,
                new Provenance(PreferenceChannel.SuppressionList.ToWire(), claim.Client, since, claim.OrderRef.Value), "suppression_list");
            if (objection.Supersedes(record.Preferences.GetValueOrDefault(ConsentPurpose.DirectMarketing)?.Summary.PersonsLatest))
            {
                yield return objection;
            }
        }

        // Deterministic ids: a retried order records the same events, which the ledger ignores.
        foreach (var choice in order.Preferences)
        {
            yield return new PreferenceEvent($"{claim.OrderRef}.{choice.Purpose.ToWire()}", choice.Purpose, choice.State, provenance, choice.Evidence);
        }
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}

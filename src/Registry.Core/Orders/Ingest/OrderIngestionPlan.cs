using Registry.Orders.Storage;
using Registry.Preferences;
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
    public static OrderIngestionPlan For(SubjectRecord record, OrderClaim claim, ValidatedOrder order, RetentionCalendar calendar)
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

        var profile = merged == record.Profile ? null : new ProfileWrite(merged, record.ProfileETag);
        var stored = Stored(claim, order, calendar);
        var preferences = order.Preferences.Select(choice => Preference(record, claim, choice, provenance)).ToList();
        return new OrderIngestionPlan(new SubjectCommit(record.Keys, profile, stored, preferences), schedule);
    }

    private static StoredOrder Stored(OrderClaim claim, ValidatedOrder order, RetentionCalendar calendar)
    {
        var customer = order.Customer;
        var billTo = new BillTo(customer.FirstName, customer.LastName, customer.Organisation, customer.Address);
        return new StoredOrder(
            claim.OrderRef, claim.Client, order.OrderId, order.Channel, order.PlacedAt, billTo, order.Billing,
            order.Lines.Select(StoredLine.From).ToList(), order.Currency, order.Total, calendar.AccountingRetainedUntil(order.PlacedAt), claim.ContentHash);
    }

    private static PreferenceWrite Preference(SubjectRecord record, OrderClaim claim, CheckoutPreference choice, Provenance provenance)
    {
        // A deterministic id: a retried order records the same event, which the ledger ignores.
        var @event = new PreferenceEvent($"{claim.OrderRef}.{choice.Purpose.ToWire()}", choice.Purpose, choice.State, provenance, choice.Evidence);
        record.Preferences.TryGetValue(choice.Purpose, out var current);
        return new PreferenceWrite(@event, @event.Supersedes(current?.Event), current?.ETag);
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;
}

using Registry.Audiences;
using Registry.Cases;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Execution.Access;

/// <summary>Maps the register's records to the package's schema types, one record kind at a time.</summary>
internal static class PackageMapping
{
    public static PackageProfile Profile(CustomerProfile p) => new(
        Value(p.FirstName, v => v),
        Value(p.LastName, v => v),
        Value(p.Organisation, v => v),
        Value(p.Email, v => v.Value),
        Value(p.Phone, v => v.E164),
        Value(p.Address, v => v),
        p.LastActivityAt == DateTimeOffset.MinValue ? null : p.LastActivityAt,
        p.Erased);

    public static PackageOrder Order(StoredOrder o) => new(
        o.Ref.Value,
        o.Client.Value,
        o.OrderId.Value,
        o.Channel.ToWire(),
        o.PlacedAt,
        o.BillTo,
        new PackageBilling(o.Billing.PaymentMethod, o.Billing.InvoiceNumber, o.Billing.Status.ToWire(), o.Billing.DueDate),
        o.Lines,
        o.Currency,
        o.Total,
        o.RetainedUntil,
        o.IsErased);

    public static PackagePreferenceEvent PreferenceEvent(PreferenceEvent e) =>
        new(e.EventId, e.Purpose.ToWire(), e.State.ToWire(), Provenance(e.Provenance), e.Evidence);

    public static PackageDisclosure Disclosure(DisclosureEntry d) =>
        new(d.DisclosureId, d.Recipient.Value, d.Purpose.ToWire(), d.Categories, d.Basis, d.DisclosedAt);

    public static PackageCase Case(CaseFile file) => new(
        file.Case.Reference.Value,
        file.Case.Types.Select(t => t.ToWire()).ToList(),
        file.Case.Status.ToWire(),
        file.Case.ReceivedAt,
        file.Case.Deadline,
        file.Case.VerificationMethod,
        file.Case.DecidedActions.Select(t => t.ToWire()).ToList(),
        file.Own,
        file.Own ? file.Case.Requester : new Requester(),
        file.Timeline.OrderBy(e => e.At).Select(e => new PackageCaseEvent(e.At, e.Kind.ToWire(), By(e.Actor), e.StatusAfter?.ToWire(), file.Own ? e.Detail : null)).ToList());

    private static PackageProvenance Provenance(Provenance p) => new(p.Source, p.Client.Value, p.ObservedAt, p.Reference);

    private static PackageValue<TOut>? Value<TIn, TOut>(Sourced<TIn>? sourced, Func<TIn, TOut> map) =>
        sourced is null ? null : new PackageValue<TOut>(map(sourced.Value), Provenance(sourced.Provenance));

    // Staff members are named by their own token ids, which are their data, not the requester's.
    private static string By(string actor) => actor is "system" or "mailbox" ? actor : "staff";
}

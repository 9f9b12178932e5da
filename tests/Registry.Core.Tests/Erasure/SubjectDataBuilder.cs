using Registry.Clients;
using Registry.Contact;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Core.Tests.Erasure;

/// <summary>A person as the reader returns them, built up order by order (eShop-style test data builder).</summary>
internal sealed class SubjectDataBuilder
{
    private static readonly RetentionCalendar Calendar = new(new RetentionOptions());
    private readonly List<StoredOrder> _orders = [];
    private readonly List<PreferenceEvent> _preferences = [];
    private CustomerProfile? _profile;
    private SubjectStatus _status = SubjectStatus.None;

    public SubjectId Subject { get; } = SubjectId.New();

    public SubjectDataBuilder WithProfile(DateTimeOffset lastActivityAt, string postalCode = "00550")
    {
        var provenance = new Provenance("webshop", ClientId.Parse("webshop"), lastActivityAt, null);
        _profile = CustomerProfile.Empty with
        {
            FirstName = new("Maija", provenance),
            Email = new(EmailAddress.TryParse("maija@example.fi", out var email) ? email : throw new InvalidOperationException(), provenance),
            Address = new(new PostalAddress("Pariisinkatu 4", postalCode, "Helsinki", "FI"), provenance),
            LastActivityAt = lastActivityAt,
        };
        return this;
    }

    public SubjectDataBuilder WithOrder(DateTimeOffset placedAt, InvoiceStatus status = InvoiceStatus.Paid, decimal total = 100m, RetentionCalendar? calendar = null, string client = "webshop")
    {
        var reference = OrderRef.New();
        _orders.Add(new StoredOrder(
            reference, ClientId.Parse(client), ClientOrderId.TryParse($"WS-{_orders.Count + 1}", out var orderId) ? orderId : throw new InvalidOperationException(), SalesChannel.Webshop, placedAt,
            new BillTo("Maija", "Meikäläinen", null, new PostalAddress("Pariisinkatu 4", "00550", "Helsinki", "FI")),
            new BillingDetails("invoice", "INV-1", status, null), [new StoredLine("SKU", "Frame", 1, total, 25.5m)], "EUR", total,
            (calendar ?? Calendar).AccountingRetainedUntil(placedAt), "hash"));
        return this;
    }

    public SubjectDataBuilder ObjectingToDirectMarketing()
    {
        _preferences.Add(new PreferenceEvent("e1", ConsentPurpose.DirectMarketing, PreferenceState.Objected, new Provenance("preference_page", ClientId.Parse("webshop"), DateTimeOffset.UnixEpoch, null), null));
        return this;
    }

    public SubjectDataBuilder WithLegalClaim()
    {
        _status = _status with { LegalClaim = new LegalClaimHold(DateTimeOffset.UnixEpoch, "officer", null) };
        return this;
    }

    public SubjectDataBuilder ErasedPendingFor(string caseReference)
    {
        _status = _status with { Erasure = new ErasureMark(DateTimeOffset.UnixEpoch, [caseReference]) };
        _profile = null;
        return this;
    }

    public SubjectData Build() => new(Subject, _profile, _orders, _preferences) { Status = _status };
}

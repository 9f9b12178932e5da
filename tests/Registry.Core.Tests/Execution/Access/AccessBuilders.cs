using Microsoft.Extensions.Options;
using Registry.Audiences;
using Registry.Cases;
using Registry.Clients;
using Registry.Contact;
using Registry.Execution.Access;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Organisations;
using Registry.Preferences;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Core.Tests.Execution.Access;

/// <summary>Test data: one person with a value in every part of the register, and a decided access case.</summary>
internal static class AccessBuilders
{
    public const string Script = "<script>alert('x')</script>";

    public static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly SubjectId Subject = SubjectId.New();
    public static readonly OrderRef OrderRef = OrderRef.New();
    public static readonly ClientId Webshop = ClientId.Parse("webshop");

    public static RetentionOptions RetentionSettings { get; } = new();

    public static AccessPackageBuilder Builder() =>
        new(new RetentionCalendar(RetentionSettings), Options.Create(RetentionSettings), new PreferenceDefaults());

    public static SubjectCase Case(CaseLanguage language = CaseLanguage.Fi) => new()
    {
        Reference = CaseReference.Create(2026, 42),
        Types = [RequestType.Access],
        Language = language,
        Status = CaseStatus.InProgress,
        ReceivedAt = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero),
        DueOn = new DateOnly(2026, 12, 28),
        SubjectId = Subject,
        VerificationMethod = "signed_letter",
        DecidedActions = [RequestType.Access],
        Requester = new Requester { Email = "maija@example.fi", Name = "Maija Meikäläinen", Subject = "Tietopyyntö", Body = $"Haluan tietoni {Script}" },
    };

    public static IReadOnlyList<CaseEvent> Timeline() =>
    [
        new CaseEvent { EventId = "opened", At = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), Kind = CaseEventKind.Opened, Actor = "mailbox", StatusAfter = CaseStatus.Received },
        new CaseEvent { EventId = "v", At = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), Kind = CaseEventKind.Verified, Actor = "oid-1234", StatusAfter = CaseStatus.Verified, Detail = "Signed letter of 25 Nov" },
    ];

    public static SubjectData Data()
    {
        var placed = new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(2));
        var provenance = new Provenance("webshop", Webshop, placed, OrderRef.Value);
        Assert.True(BusinessId.TryParse("2537284-7", out var businessId));
        Assert.True(EmailAddress.TryParse("maija.meikalainen@example.fi", out var email));
        Assert.True(PhoneNumber.TryParse("040 123 4567", out var phone));
        Assert.True(ClientOrderId.TryParse("WS-2026-1001", out var orderId));
        var address = new PostalAddress("Pariisinkatu 4 B 7", "00550", "Helsinki", "FI");
        var organisation = new Organisation("Kehys & Kuva Oy", businessId);
        var profile = new CustomerProfile(
            new Sourced<string>(Script, provenance), new Sourced<string>("Meikäläinen", provenance), new Sourced<Organisation>(organisation, provenance),
            new Sourced<EmailAddress>(email, provenance), new Sourced<PhoneNumber>(phone, provenance), new Sourced<PostalAddress>(address, provenance),
            placed, null);
        var order = new StoredOrder(
            OrderRef, Webshop, orderId, SalesChannel.Webshop, placed, new BillTo("Maija", "Meikäläinen", organisation, address),
            new BillingDetails("invoice", "INV-2026-1001", InvoiceStatus.Open, new DateOnly(2026, 12, 4)),
            [new StoredLine("FR-30x40-OAK", "Oak frame 30×40", 2, 49.90m, 25.5m)], "EUR", 99.80m, new DateOnly(2032, 12, 31), "hash");
        var objection = new PreferenceEvent("evt-1", ConsentPurpose.MarketResearch, PreferenceState.Objected,
            new Provenance("preference_page", Webshop, placed.AddDays(1), null), "preference-page-v2");
        return new SubjectData(Subject, profile, [order], [objection])
        {
            PreferenceHistory = [objection],
            BillingHistory = [new BillingHistoryEntry(OrderRef, InvoiceStatus.Open, new DateOnly(2026, 11, 20))],
            Disclosures = [new DisclosureEntry("dsc_1", Subject, ClientId.Parse("mailer"), ConsentPurpose.DirectMarketing, ["name", "email"], "legitimate_interest", placed.AddDays(2))],
            Status = SubjectStatus.None with { LegalClaim = new LegalClaimHold(placed.AddDays(3), "oid-1234", null) },
        };
    }

    public static AccessPackage Package(CaseLanguage language = CaseLanguage.Fi) =>
        Builder().Build(Case(language), Subject, Data(), [new CaseFile(Case(language), Timeline())], Now);
}

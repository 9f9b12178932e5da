using Registry.Audiences;
using Registry.Cases;
using Registry.Clients;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Rectification;
using Registry.Subjects;

namespace Registry.Core.Tests.Rectification;

/// <summary>Test data: a profile from a store order, a disclosure to the web shop, and corrections.</summary>
internal static class RectificationData
{
    public static readonly CaseReference CaseRef = CaseReference.Create(2026, 7);
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly SubjectId Subject = SubjectId.New();

    public static Provenance FromStore(DateTimeOffset? at = null) =>
        new("store", ClientId.Parse("store_helsinki"), at ?? new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), "ord_x");

    public static CustomerProfile Profile(Provenance? provenance = null)
    {
        var from = provenance ?? FromStore();
        var email = Address("maija.vaara@example.fi");
        return CustomerProfile.Empty with
        {
            FirstName = new("Maija", from),
            LastName = new("Meikäläinen", from),
            Email = new(email, from),
            Address = new(new PostalAddress("Pariisinkatu 4", "00550", "Helsinki", "FI"), from),
            LastActivityAt = from.ObservedAt,
        };
    }

    public static RectificationChange Email(string address = "maija.oikea@example.fi")
    {
        return new RectificationChange { Field = ProfileField.Email, Email = Address(address), Grounds = "Typo at the till" };
    }

    private static EmailAddress Address(string text) => EmailAddress.TryParse(text, out var email) ? email : throw new FormatException();

    public static RectificationChange LastName(string name) => new() { Field = ProfileField.LastName, Text = name, Grounds = "Married" };

    public static DisclosureEntry ToWebshop(params string[] categories) =>
        new("dsc_1", Subject, ClientId.Parse("webshop"), ConsentPurpose.DirectMarketing, categories, "legitimate_interest", Now.AddDays(-3));

    public static SubjectCase Case(params RectificationChange[] changes) => new()
    {
        Reference = CaseRef,
        Types = [RequestType.Rectification],
        Language = CaseLanguage.En,
        Status = CaseStatus.InProgress,
        ReceivedAt = Now.AddDays(-2),
        DueOn = new DateOnly(2027, 1, 4),
        SubjectId = Subject,
        DecidedActions = [RequestType.Rectification],
        Rectification = changes,
        Requester = new Requester { Email = "maija.oikea@example.fi", Name = "Maija Meikäläinen" },
    };
}

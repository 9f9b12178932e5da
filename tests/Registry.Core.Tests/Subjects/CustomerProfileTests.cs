using Registry.Clients;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Subjects;

namespace Registry.Core.Tests.Subjects;

public class CustomerProfileTests
{
    private static readonly DateTimeOffset Rectified = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MergeNewer_LaterOrderAfterARectification_KeepsEveryRectifiedValueAndTakesTheRest()
    {
        var rectification = new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, Rectified, "DSR-2026-0003");
        var profile = CustomerProfile.Empty with
        {
            LastName = new Sourced<string>("Oikea", rectification),
            Address = new Sourced<PostalAddress>(new PostalAddress("Mannerheimintie 14", "00100", "Helsinki", "FI"), rectification),
            Phone = new Sourced<PhoneNumber>(Phone("+358401112222"), rectification),
        };
        var order = new Provenance("reseller", ClientId.Parse("reseller_demo"), Rectified.AddDays(10), "ord_1");

        var merged = profile.MergeNewer(Customer(), order);

        Assert.Equal("Oikea", merged.LastName!.Value);
        Assert.Equal("Mannerheimintie 14", merged.Address!.Value.Street);
        Assert.Equal("+358401112222", merged.Phone!.Value.E164);
        Assert.All([merged.LastName.Provenance, merged.Address.Provenance, merged.Phone.Provenance], p => Assert.Equal(rectification, p));
        Assert.Equal("Maija", merged.FirstName!.Value); // not rectified: the order's newer value
        Assert.Equal(order, merged.FirstName.Provenance);
    }

    [Fact]
    public void MergeNewer_LaterOrderAfterAnotherClientsValue_TakesTheNewerValue()
    {
        var store = new Provenance("store", ClientId.Parse("store_helsinki"), Rectified, "ord_0");
        var profile = CustomerProfile.Empty with { LastName = new Sourced<string>("Vanha", store) };

        var merged = profile.MergeNewer(Customer(), new Provenance("webshop", ClientId.Parse("webshop"), Rectified.AddDays(1), "ord_1"));

        Assert.Equal("Meikäläinen", merged.LastName!.Value);
    }

    [Fact]
    public void Fold_SnapshotOfALaterOrderAfterARectification_KeepsEveryRectifiedValueAsMergeNewerDoes()
    {
        var rectification = new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, Rectified, "DSR-2026-0003");
        var profile = CustomerProfile.Empty with
        {
            LastName = new Sourced<string>("Oikea", rectification),
            Phone = new Sourced<PhoneNumber>(Phone("+358401112222"), rectification),
            LastActivityAt = Rectified,
        };
        var order = new Provenance("reseller", ClientId.Parse("reseller_demo"), Rectified.AddDays(10), "ord_1");

        var folded = profile.Fold(CustomerProfile.Empty.MergeNewer(Customer(), order));

        Assert.Equal(profile.MergeNewer(Customer(), order), folded);
        Assert.Equal("Oikea", folded.LastName!.Value);
        Assert.Equal("+358401112222", folded.Phone!.Value.E164);
        Assert.Equal(Rectified.AddDays(10), folded.LastActivityAt);
    }

    [Fact]
    public void Fold_OlderSnapshot_KeepsTheNewerValuesAndTheLaterActivity()
    {
        var newer = new Provenance("webshop", ClientId.Parse("webshop"), Rectified, "ord_2");
        var profile = CustomerProfile.Empty.MergeNewer(Customer() with { Phone = Phone("+358401111111") }, newer);

        var folded = profile.Fold(CustomerProfile.Empty.MergeNewer(Customer() with { Phone = Phone("+358402222222") }, newer with { ObservedAt = Rectified.AddDays(-30), Reference = "ord_1" }));

        Assert.Equal(profile, folded);
    }

    [Fact]
    public void Fold_TwiceOrInEitherOrder_GivesTheSameProfile()
    {
        var first = CustomerProfile.Empty.MergeNewer(Customer() with { Phone = Phone("+358401111111") }, new Provenance("webshop", ClientId.Parse("webshop"), Rectified, "ord_1"));
        var second = CustomerProfile.Empty.MergeNewer(
            Customer() with { Phone = Phone("+358402222222"), Organisation = null }, new Provenance("store", ClientId.Parse("store_helsinki"), Rectified.AddDays(1), "ord_2"));
        var stored = CustomerProfile.Empty with { LastActivityAt = Rectified.AddDays(-9) };

        var once = stored.Fold(first).Fold(second);

        Assert.Equal(once, stored.Fold(second).Fold(first));
        Assert.Equal(once, once.Fold(first).Fold(second));
        Assert.Equal("+358402222222", once.Phone!.Value.E164);
    }

    [Fact]
    public void Fold_ErasedSnapshot_BringsNothing()
    {
        var stored = CustomerProfile.Empty with { LastActivityAt = Rectified };
        var erased = CustomerProfile.Empty with { LastActivityAt = Rectified.AddDays(5), Erased = true };

        Assert.Equal(stored, stored.Fold(erased));
    }

    private static CustomerDetails Customer() => new(
        "Maija", "Meikäläinen", null, Email("maija@example.fi"), Phone("+358401234567"), new PostalAddress("Pariisinkatu 4", "00550", "Helsinki", "FI"));

    private static EmailAddress Email(string text) => EmailAddress.TryParse(text, out var email) ? email : throw new FormatException();

    private static PhoneNumber Phone(string text) => PhoneNumber.TryParse(text, out var phone) ? phone : throw new FormatException();
}

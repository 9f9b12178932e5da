using Registry.Audiences;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Subjects;

namespace Registry.Core.Tests.Audiences;

public class GrantedContactTests
{
    private static readonly Provenance Source = new("webshop", ClientId.Parse("webshop"), DateTimeOffset.UnixEpoch, null);

    private static readonly CustomerProfile Full = CustomerProfile.Empty with
    {
        FirstName = new Sourced<string>("Maija", Source),
        Email = new Sourced<EmailAddress>(EmailAddress.TryParse("maija@example.fi", out var email) ? email : default, Source),
        Phone = new Sourced<PhoneNumber>(PhoneNumber.TryParse("+358401234567", out var phone) ? phone : default, Source),
        Address = new Sourced<PostalAddress>(new PostalAddress("Pariisinkatu 4", "00550", "Helsinki", "FI"), Source),
    };

    [Fact]
    public void Of_EmailOnlyGrant_DropsEveryOtherValue()
    {
        var granted = GrantedContact.Of(Full, new HashSet<DataCategory> { DataCategory.Email });

        Assert.Equal([DataCategory.Email], granted.Categories);
        Assert.Equal(["email"], granted.Names);
        Assert.NotNull(granted.Contact.Email);
        Assert.Null(granted.Contact.FirstName);
        Assert.Null(granted.Contact.Phone);
        Assert.Null(granted.Contact.Address);
    }

    [Fact]
    public void Of_GrantedContactCategoryMissing_DisclosesNothing()
    {
        var granted = GrantedContact.Of(Full with { Phone = null }, new HashSet<DataCategory> { DataCategory.Name, DataCategory.Phone });

        Assert.Empty(granted.Categories);
    }
}

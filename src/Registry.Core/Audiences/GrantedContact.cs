using Registry.Clients.Grants;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Audiences;

/// <summary>
/// A person's contact data cut down to the categories granted for a purpose: the values of other categories are
/// dropped before the page is built, so they are neither served nor recorded as disclosed.
/// </summary>
public sealed record GrantedContact(CustomerProfile Contact, IReadOnlyList<DataCategory> Categories)
{
    /// <summary>The categories disclosed, by their wire names (as the disclosure log and the access package name them).</summary>
    public IReadOnlyList<string> Names => [.. Categories.Select(c => c.ToWire())];

    /// <summary>
    /// The granted values present; <see cref="Categories"/> is empty when none of the granted ways to reach the person
    /// (e-mail, phone, postal address) has a value, and the person is then left out.
    /// </summary>
    public static GrantedContact Of(CustomerProfile contact, IReadOnlySet<DataCategory> granted)
    {
        bool Has(DataCategory category) => granted.Contains(category);
        var cut = contact with
        {
            FirstName = Has(DataCategory.Name) ? contact.FirstName : null,
            LastName = Has(DataCategory.Name) ? contact.LastName : null,
            Organisation = Has(DataCategory.Organisation) ? contact.Organisation : null,
            Email = Has(DataCategory.Email) ? contact.Email : null,
            Phone = Has(DataCategory.Phone) ? contact.Phone : null,
            Address = Has(DataCategory.PostalAddress) ? contact.Address : null,
        };
        var present = new List<DataCategory>();
        Add(present, DataCategory.Name, cut.FirstName is not null || cut.LastName is not null);
        Add(present, DataCategory.Organisation, cut.Organisation is not null);
        Add(present, DataCategory.Email, cut.Email is not null);
        Add(present, DataCategory.Phone, cut.Phone is not null);
        Add(present, DataCategory.PostalAddress, cut.Address is not null);
        return present.Any(DataCategories.Contact.Contains) ? new GrantedContact(cut, present) : new GrantedContact(cut, []);
    }

    private static void Add(List<DataCategory> present, DataCategory category, bool has)
    {
        if (has)
        {
            present.Add(category);
        }
    }
}

namespace Registry.Clients.Grants;

/// <summary>
/// The contact data categories [S2] an audience can carry. Their wire names (<c>name</c>, <c>organisation</c>,
/// <c>email</c>, <c>phone</c>, <c>postal_address</c>) are the ones the disclosure log and the access package use,
/// so a grant, the record of what was disclosed and the person's copy of it name a category alike.
/// </summary>
public enum DataCategory
{
    Name,
    Organisation,
    Email,
    Phone,
    PostalAddress,
}

/// <summary>Which categories can reach a person: a grant for a purpose needs at least one of them.</summary>
public static class DataCategories
{
    public static IReadOnlySet<DataCategory> Contact { get; } = new HashSet<DataCategory> { DataCategory.Email, DataCategory.Phone, DataCategory.PostalAddress };
}

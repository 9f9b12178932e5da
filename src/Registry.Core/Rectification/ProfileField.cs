namespace Registry.Rectification;

/// <summary>The profile values a rectification can correct [S2]; orders and billing are accounting records, not rectified here.</summary>
public enum ProfileField
{
    FirstName,
    LastName,
    Organisation,
    Email,
    Phone,
    PostalAddress,
}

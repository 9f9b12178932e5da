using Registry.Orders.Ingest;

namespace Registry.Execution.Access;

/// <summary>
/// The contact data [S2], each value with its provenance (Art. 15(1)(g)). <paramref name="Erased"/> is true when
/// the profile's key was destroyed: the values are then gone and read as null.
/// </summary>
public sealed record PackageProfile(
    PackageValue<string>? FirstName,
    PackageValue<string>? LastName,
    PackageValue<Organisation>? Organisation,
    PackageValue<string>? Email,
    PackageValue<string>? Phone,
    PackageValue<PostalAddress>? Address,
    DateTimeOffset? LastActivityAt,
    bool Erased);

/// <summary>One stored value and where it came from.</summary>
public sealed record PackageValue<T>(T Value, PackageProvenance Provenance);

/// <summary>
/// Where a value came from [S3]: the kind of source (<c>webshop</c>, <c>store</c>, <c>preference_page</c>, …), the
/// system that delivered it, when it was true there, and the register's reference to the delivering record.
/// </summary>
public sealed record PackageProvenance(string Source, string Client, DateTimeOffset ObservedAt, string? Reference);

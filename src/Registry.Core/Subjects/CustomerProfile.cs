using Registry.Contact;
using Registry.Orders.Ingest;

namespace Registry.Subjects;

/// <summary>
/// The contact data the register keeps about one person [S2], each value with its provenance.
/// A value is replaced only by one observed later (an older order arriving late never overwrites newer data), and
/// never by a client's order once the person's own rectification case set it: the person said what is right [S9].
/// </summary>
public sealed record CustomerProfile(
    Sourced<string>? FirstName,
    Sourced<string>? LastName,
    Sourced<Organisation>? Organisation,
    Sourced<EmailAddress>? Email,
    Sourced<PhoneNumber>? Phone,
    Sourced<PostalAddress>? Address,
    DateTimeOffset LastActivityAt,
    DateOnly? NextReviewOn)
{
    public static CustomerProfile Empty { get; } = new(null, null, null, null, null, null, DateTimeOffset.MinValue, null);

    /// <summary>
    /// True when values were read back erased (their data key destroyed): they read as null. Not stored:
    /// the next write of the profile holds only the values it still has, sealed under a live key.
    /// </summary>
    public bool Erased { get; init; }

    /// <summary>Takes each value of <paramref name="customer"/> that is newer than the stored one.</summary>
    public CustomerProfile MergeNewer(CustomerDetails customer, Provenance provenance) => this with
    {
        FirstName = Newer(FirstName, customer.FirstName, provenance),
        LastName = Newer(LastName, customer.LastName, provenance),
        Organisation = customer.Organisation is null ? Organisation : Newer(Organisation, customer.Organisation, provenance),
        Email = Newer(Email, customer.Email, provenance),
        Phone = customer.Phone is { } phone ? Newer(Phone, phone, provenance) : Phone,
        Address = Newer(Address, customer.Address, provenance),
        LastActivityAt = provenance.ObservedAt > LastActivityAt ? provenance.ObservedAt : LastActivityAt,
        Erased = false,
    };

    /// <summary>
    /// Folds in a contact snapshot (the values one order brought, each with that order's provenance) by the same rule as
    /// <see cref="MergeNewer"/>: a value only replaces an older one, and never a rectified one. Folding a snapshot
    /// twice, or in any order, gives the same profile. A snapshot whose key was destroyed brings nothing.
    /// </summary>
    public CustomerProfile Fold(CustomerProfile snapshot) => snapshot.Erased ? this : this with
    {
        FirstName = Newer(FirstName, snapshot.FirstName),
        LastName = Newer(LastName, snapshot.LastName),
        Organisation = Newer(Organisation, snapshot.Organisation),
        Email = Newer(Email, snapshot.Email),
        Phone = Newer(Phone, snapshot.Phone),
        Address = Newer(Address, snapshot.Address),
        LastActivityAt = snapshot.LastActivityAt > LastActivityAt ? snapshot.LastActivityAt : LastActivityAt,
        Erased = false,
    };

    private static Sourced<T>? Newer<T>(Sourced<T>? stored, Sourced<T>? incoming) =>
        incoming is null ? stored : Newer(stored, incoming.Value, incoming.Provenance);

    private static Sourced<T> Newer<T>(Sourced<T>? stored, T incoming, Provenance provenance) =>
        stored is null || (provenance.ObservedAt > stored.Provenance.ObservedAt && stored.Provenance.Source != ProvenanceSources.Rectification)
            ? new Sourced<T>(incoming, provenance)
            : stored;
}

using Registry.Audiences;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Functions.Audiences;

/// <summary>One page of an audience on the wire (docs/api/audiences.md).</summary>
public sealed record AudienceAnswer(string Purpose, string DisclosureId, IReadOnlyList<AudiencePerson> People, string? ContinuationToken)
{
    public static AudienceAnswer From(ConsentPurpose purpose, AudiencePage page) => new(
        purpose.ToWire(),
        page.DisclosureId,
        page.Members.Select(m => new AudiencePerson(
            m.Subject.Value,
            m.Contact.FirstName?.Value,
            m.Contact.LastName?.Value,
            m.Contact.Organisation?.Value.Name,
            m.Contact.Email?.Value.Value,
            m.Contact.Phone?.Value.E164,
            m.Contact.Address?.Value)).ToList(),
        page.Next?.Value);
}

/// <summary>The contact fields of one person (decrypted) the client is granted for the purpose; absent or not granted fields are left out.</summary>
public sealed record AudiencePerson(
    string SubjectId, string? FirstName, string? LastName, string? Organisation, string? Email, string? Phone, PostalAddress? Address);

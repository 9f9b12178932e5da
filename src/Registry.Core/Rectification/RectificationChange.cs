using Registry.Contact;
using Registry.Orders.Ingest;
using Registry.Privacy.Classification;

namespace Registry.Rectification;

/// <summary>
/// One validated correction: the field, its corrected value, and the grounds the person gave [S9]. Exactly one
/// value member is set, by field: <see cref="Text"/> for names, <see cref="Email"/>, <see cref="Phone"/>,
/// <see cref="Organisation"/>, <see cref="Address"/>. Personal data: stored only in the case's sealed property.
/// </summary>
public sealed record RectificationChange
{
    public required ProfileField Field { get; init; }

    [PersonalData]
    public string? Text { get; init; }

    [PersonalData]
    public EmailAddress? Email { get; init; }

    [PersonalData]
    public PhoneNumber? Phone { get; init; }

    [PersonalData]
    public Organisation? Organisation { get; init; }

    [PersonalData]
    public PostalAddress? Address { get; init; }

    [PersonalData]
    public required string Grounds { get; init; }
}

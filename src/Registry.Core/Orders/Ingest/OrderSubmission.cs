using Registry.Privacy.Classification;

namespace Registry.Orders.Ingest;

// Contract version 1 of POST /api/orders, as it arrives on the wire (docs/api/orders.md).
// Everything is nullable here: the validator turns it into a ValidatedOrder or a list of field errors.
// Properties not declared here are dropped by the deserialiser and never stored (data minimisation).

public sealed record OrderSubmission(
    string? OrderId,
    string? Channel,
    string? PlacedAt,
    CustomerSubmission? Customer,
    BillingSubmission? Billing,
    IReadOnlyList<OrderLineSubmission?>? Lines,
    string? Currency,
    decimal? Total,
    IReadOnlyList<PreferenceSubmission?>? Preferences);

public sealed record CustomerSubmission(
    [property: PersonalData] string? FirstName,
    [property: PersonalData] string? LastName,
    [property: PersonalData] OrganisationSubmission? Organisation,
    [property: PersonalData] string? Email,
    [property: PersonalData] string? Phone,
    [property: PersonalData] AddressSubmission? Address);

public sealed record OrganisationSubmission([property: PersonalData] string? Name, [property: PersonalData] string? BusinessId);

public sealed record AddressSubmission(
    [property: PersonalData] string? Street, [property: PersonalData] string? PostalCode, [property: PersonalData] string? City, [property: PersonalData] string? Country);

public sealed record BillingSubmission(string? PaymentMethod, string? InvoiceNumber, string? InvoiceStatus, string? DueDate);

// A line's description is free text a customer may have shaped (an engraving, a name): personal data.
public sealed record OrderLineSubmission(string? Sku, [property: PersonalData] string? Description, int? Quantity, decimal? UnitPrice, decimal? VatRate);

public sealed record PreferenceSubmission(string? Purpose, string? State, string? Evidence);

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
    string? FirstName,
    string? LastName,
    OrganisationSubmission? Organisation,
    string? Email,
    string? Phone,
    AddressSubmission? Address);

public sealed record OrganisationSubmission(string? Name, string? BusinessId);

public sealed record AddressSubmission(string? Street, string? PostalCode, string? City, string? Country);

public sealed record BillingSubmission(string? PaymentMethod, string? InvoiceNumber, string? InvoiceStatus, string? DueDate);

public sealed record OrderLineSubmission(string? Sku, string? Description, int? Quantity, decimal? UnitPrice, decimal? VatRate);

public sealed record PreferenceSubmission(string? Purpose, string? State, string? Evidence);

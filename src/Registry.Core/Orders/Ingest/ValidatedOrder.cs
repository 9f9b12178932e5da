using Registry.Contact;
using Registry.Orders.Billing;
using Registry.Organisations;
using Registry.Preferences;
using Registry.Privacy.Classification;

namespace Registry.Orders.Ingest;

/// <summary>An order that passed every rule of contract v1; only the data categories of notice [S2].</summary>
public sealed record ValidatedOrder(
    ClientOrderId OrderId,
    SalesChannel Channel,
    DateTimeOffset PlacedAt,
    CustomerDetails Customer,
    BillingDetails Billing,
    IReadOnlyList<OrderLine> Lines,
    string Currency,
    decimal Total,
    IReadOnlyList<CheckoutPreference> Preferences);

/// <summary>Who ordered: the contact data the register keeps in the person's profile.</summary>
public sealed record CustomerDetails(
    [property: PersonalData] string FirstName,
    [property: PersonalData] string LastName,
    [property: PersonalData] Organisation? Organisation,
    [property: PersonalData] EmailAddress Email,
    [property: PersonalData] PhoneNumber? Phone,
    [property: PersonalData] PostalAddress Address);

/// <summary>The organisation a person represents, with its Finnish business ID when it has one.</summary>
// A sole trader's business ID identifies a person, so it is personal data as much as the name.
public sealed record Organisation([property: PersonalData] string Name, [property: PersonalData] BusinessId? BusinessId);

/// <summary>A postal address; the postal code follows the country's rules (five digits in Finland and Åland).</summary>
public sealed record PostalAddress(
    [property: PersonalData] string Street, [property: PersonalData] string PostalCode, [property: PersonalData] string City, [property: PersonalData] string Country);

/// <summary>How the order is paid and where its invoice stands.</summary>
public sealed record BillingDetails(string PaymentMethod, [property: PersonalData] string? InvoiceNumber, InvoiceStatus Status, DateOnly? DueDate);

/// <summary>One order line. Unit prices include VAT; the rate is recorded for the accounts.</summary>
public sealed record OrderLine(string Sku, [property: PersonalData] string Description, int Quantity, decimal UnitPrice, decimal VatRate);

/// <summary>A marketing choice the customer made at checkout; it happened when the order was placed.</summary>
public sealed record CheckoutPreference(ConsentPurpose Purpose, PreferenceState State, string? Evidence);

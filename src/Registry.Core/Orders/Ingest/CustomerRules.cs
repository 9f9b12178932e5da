using Registry.Contact;
using Registry.Organisations;
using Registry.Reference;
using Registry.Validation;

namespace Registry.Orders.Ingest;

internal static class CustomerRules
{
    public static CustomerDetails? Validate(CustomerSubmission? customer, FieldErrors errors)
    {
        if (customer is null)
        {
            errors.Add("customer", "is required.");
            return null;
        }

        var firstName = errors.Required("customer.firstName", customer.FirstName, MaxNameLength);
        var lastName = errors.Required("customer.lastName", customer.LastName, MaxNameLength);
        var organisation = Organisation(customer.Organisation, errors);

        var email = Email(customer.Email, "customer.email", errors);
        PhoneNumber? phone = string.IsNullOrWhiteSpace(customer.Phone) ? null : Phone(customer.Phone, "customer.phone", errors);
        var address = Address(customer.Address, errors);
        return firstName is null || lastName is null || address is null || email is null
            ? null
            : new CustomerDetails(firstName, lastName, organisation, email.Value, phone, address);
    }

    // The rules below are shared with rectification (Rectification/RectificationValidator), which names its own field paths.

    public const int MaxNameLength = 100;

    public static EmailAddress? Email(string? text, string field, FieldErrors errors)
    {
        if (EmailAddress.TryParse(text, out var email))
        {
            return email;
        }

        errors.Add(field, "is required: a valid e-mail address of at most 254 characters.");
        return null;
    }

    public static PhoneNumber? Phone(string? text, string field, FieldErrors errors)
    {
        if (PhoneNumber.TryParse(text, out var phone))
        {
            return phone;
        }

        errors.Add(field, "must be a valid phone number (national numbers are read as Finnish).");
        return null;
    }

    public static Organisation? Organisation(OrganisationSubmission? organisation, FieldErrors errors, string field = "customer.organisation")
    {
        if (organisation is null)
        {
            return null;
        }

        var name = errors.Required($"{field}.name", organisation.Name, 200);
        BusinessId? businessId = null;
        if (!string.IsNullOrWhiteSpace(organisation.BusinessId))
        {
            if (BusinessId.TryParse(organisation.BusinessId, out var parsed))
            {
                businessId = parsed;
            }
            else
            {
                errors.Add($"{field}.businessId", "must be a Finnish business ID with a valid check digit, e.g. 2537284-7.");
            }
        }

        return name is null ? null : new Organisation(name, businessId);
    }

    public static PostalAddress? Address(AddressSubmission? address, FieldErrors errors, string field = "customer.address")
    {
        if (address is null)
        {
            errors.Add(field, "is required.");
            return null;
        }

        var street = errors.Required($"{field}.street", address.Street, 200);
        var city = errors.Required($"{field}.city", address.City, 100);
        var country = address.Country;
        if (!CountryCodes.IsAssigned(country))
        {
            errors.Add($"{field}.country", "must be an ISO 3166-1 alpha-2 code in upper case, e.g. FI.");
            country = null;
        }

        var postalCode = errors.Required($"{field}.postalCode", address.PostalCode, 16);
        if (postalCode is not null && country is not null && CountryCodes.UsesFinnishPostalCodes(country)
            && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            errors.Add($"{field}.postalCode", "must be five digits in Finland and Åland.");
            postalCode = null;
        }

        return street is null || city is null || country is null || postalCode is null
            ? null
            : new PostalAddress(street, postalCode, city, country);
    }
}

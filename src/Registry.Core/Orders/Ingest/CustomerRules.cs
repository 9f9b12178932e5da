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

        var firstName = errors.Required("customer.firstName", customer.FirstName, 100);
        var lastName = errors.Required("customer.lastName", customer.LastName, 100);
        var organisation = Organisation(customer.Organisation, errors);

        if (!EmailAddress.TryParse(customer.Email, out var email))
        {
            errors.Add("customer.email", "is required: a valid e-mail address of at most 254 characters.");
        }

        PhoneNumber? phone = null;
        if (!string.IsNullOrWhiteSpace(customer.Phone))
        {
            if (PhoneNumber.TryParse(customer.Phone, out var parsed))
            {
                phone = parsed;
            }
            else
            {
                errors.Add("customer.phone", "must be a valid phone number (national numbers are read as Finnish).");
            }
        }

        var address = Address(customer.Address, errors);
        return firstName is null || lastName is null || address is null || email.Value is null
            ? null
            : new CustomerDetails(firstName, lastName, organisation, email, phone, address);
    }

    private static Organisation? Organisation(OrganisationSubmission? organisation, FieldErrors errors)
    {
        if (organisation is null)
        {
            return null;
        }

        var name = errors.Required("customer.organisation.name", organisation.Name, 200);
        BusinessId? businessId = null;
        if (!string.IsNullOrWhiteSpace(organisation.BusinessId))
        {
            if (BusinessId.TryParse(organisation.BusinessId, out var parsed))
            {
                businessId = parsed;
            }
            else
            {
                errors.Add("customer.organisation.businessId", "must be a Finnish business ID with a valid check digit, e.g. 2537284-7.");
            }
        }

        return name is null ? null : new Organisation(name, businessId);
    }

    private static PostalAddress? Address(AddressSubmission? address, FieldErrors errors)
    {
        if (address is null)
        {
            errors.Add("customer.address", "is required.");
            return null;
        }

        var street = errors.Required("customer.address.street", address.Street, 200);
        var city = errors.Required("customer.address.city", address.City, 100);
        var country = address.Country;
        if (!CountryCodes.IsAssigned(country))
        {
            errors.Add("customer.address.country", "must be an ISO 3166-1 alpha-2 code in upper case, e.g. FI.");
            country = null;
        }

        var postalCode = errors.Required("customer.address.postalCode", address.PostalCode, 16);
        if (postalCode is not null && country is not null && CountryCodes.UsesFinnishPostalCodes(country)
            && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            errors.Add("customer.address.postalCode", "must be five digits in Finland and Åland.");
            postalCode = null;
        }

        return street is null || city is null || country is null || postalCode is null
            ? null
            : new PostalAddress(street, postalCode, city, country);
    }
}

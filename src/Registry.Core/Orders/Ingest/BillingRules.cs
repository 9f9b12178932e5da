using System.Globalization;
using Registry.Orders.Billing;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Orders.Ingest;

internal static class BillingRules
{
    private static readonly string[] PaymentMethods = ["invoice", "card", "bank_transfer", "mobile_payment", "cash", "gift_card", "other"];

    public static BillingDetails? Validate(BillingSubmission? billing, FieldErrors errors)
    {
        if (billing is null)
        {
            errors.Add("billing", "is required.");
            return null;
        }

        var method = billing.PaymentMethod;
        if (method is null || !PaymentMethods.Contains(method))
        {
            errors.Add("billing.paymentMethod", $"must be one of {string.Join(", ", PaymentMethods)}.");
            method = null;
        }

        if (!WireName<InvoiceStatus>.TryParse(billing.InvoiceStatus, out var status))
        {
            errors.Add("billing.invoiceStatus", "must be one of open, paid, in_collection.");
        }

        var invoiceNumber = errors.Optional("billing.invoiceNumber", billing.InvoiceNumber, 64);
        DateOnly? dueDate = null;
        if (billing.DueDate is not null)
        {
            if (DateOnly.TryParseExact(billing.DueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                dueDate = parsed;
            }
            else
            {
                errors.Add("billing.dueDate", "must be a date in the form yyyy-MM-dd.");
            }
        }

        if (method == "invoice" && (invoiceNumber is null || dueDate is null))
        {
            errors.Add("billing", "an invoice payment needs invoiceNumber and dueDate.");
        }

        return method is null || billing.InvoiceStatus is null ? null : new BillingDetails(method, invoiceNumber, status, dueDate);
    }
}

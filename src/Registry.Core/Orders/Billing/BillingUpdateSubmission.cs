using System.Globalization;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Orders.Billing;

/// <summary>Body of <c>PUT /api/orders/{orderId}/billing</c>: the invoice status and the date it took effect.</summary>
public sealed record BillingUpdateSubmission(string? Status, string? Date)
{
    /// <param name="today">Today in UTC: a status cannot take effect later than tomorrow (time zones).</param>
    public Validated<BillingChange> Validate(DateOnly today)
    {
        var errors = new FieldErrors();
        if (!WireName<InvoiceStatus>.TryParse(Status, out var status))
        {
            errors.Add("status", "must be one of open, paid, in_collection.");
        }

        if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("date", "is required: the date the status took effect, in the form yyyy-MM-dd.");
        }
        else if (date > today.AddDays(1))
        {
            errors.Add("date", "must not be in the future.");
        }

        return errors.Any ? Validated<BillingChange>.Invalid(errors.All) : Validated<BillingChange>.Valid(new BillingChange(status, date));
    }
}

/// <summary>An invoice status that took effect on a date; the order's history keeps every distinct one.</summary>
public sealed record BillingChange(InvoiceStatus Status, DateOnly Date);

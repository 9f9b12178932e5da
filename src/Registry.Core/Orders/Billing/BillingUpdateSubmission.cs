using System.Globalization;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Orders.Billing;

/// <summary>
/// Body of <c>PUT /api/orders/{orderId}/billing</c>: the order it is for, the invoice status and the date it took effect.
/// <paramref name="OrderId"/> repeats the path's id: the signature covers the body, not the path, so only an id in the
/// body binds a signed change to its order (a captured request cannot be replayed onto another order).
/// </summary>
public sealed record BillingUpdateSubmission(string? Status, string? Date, string? OrderId = null)
{
    /// <param name="today">Today in UTC: a status cannot take effect later than tomorrow (time zones).</param>
    /// <param name="pathOrderId">The orderId in the request's path, exactly as sent.</param>
    public Validated<BillingChange> Validate(DateOnly today, string pathOrderId)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(OrderId))
        {
            errors.Add("orderId", "is required: the orderId of the path, so the signature binds the order.");
        }
        else if (!string.Equals(OrderId, pathOrderId, StringComparison.Ordinal))
        {
            errors.Add("orderId", "must equal the orderId in the path: the signed body names the order it applies to.");
        }

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

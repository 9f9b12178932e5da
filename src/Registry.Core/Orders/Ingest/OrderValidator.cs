using System.Globalization;
using Registry.Preferences;
using Registry.Reference;
using Registry.Retention;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Orders.Ingest;

/// <summary>Applies every rule of contract v1 and reports each broken one with its field path.</summary>
public sealed class OrderValidator(IngestionLimits limits, RetentionCalendar retention, TimeProvider time)
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Rfc3339 = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public Validated<ValidatedOrder> Validate(OrderSubmission submission)
    {
        var errors = new FieldErrors();
        if (!ClientOrderId.TryParse(submission.OrderId, out var orderId))
        {
            errors.Add("orderId", "is required: 1-64 letters, digits or . _ : - starting with a letter or digit.");
        }

        if (!WireName<SalesChannel>.TryParse(submission.Channel, out var channel))
        {
            errors.Add("channel", "must be one of webshop, store, reseller.");
        }

        var placedAt = PlacedAt(submission.PlacedAt, errors);
        var customer = CustomerRules.Validate(submission.Customer, errors);
        var billing = BillingRules.Validate(submission.Billing, errors);
        var lines = LineRules.Validate(submission.Lines, limits, errors);
        var currency = submission.Currency;
        if (!CurrencyCodes.IsActive(currency))
        {
            errors.Add("currency", "must be an active ISO 4217 code in upper case, e.g. EUR.");
        }

        MoneyRules.Total(submission.Total, lines, errors);
        var preferences = Preferences(submission.Preferences, errors);

        return errors.Any
            ? Validated<ValidatedOrder>.Invalid(errors.All)
            : Validated<ValidatedOrder>.Valid(new ValidatedOrder(
                orderId, channel, placedAt!.Value, customer!, billing!, lines!, currency!, MoneyRules.Normalised(submission.Total!.Value), preferences));
    }

    private DateTimeOffset? PlacedAt(string? text, FieldErrors errors)
    {
        // RFC 3339 with a required offset: a local time without one cannot be placed on the accounting calendar.
        var iso = text?.ToUpperInvariant();
        var hasOffset = iso is not null && (iso.EndsWith('Z') || (iso.Length > 6 && iso[^6] is '+' or '-' && iso[^3] == ':'));
        if (!hasOffset || !DateTimeOffset.TryParseExact(iso, Rfc3339, CultureInfo.InvariantCulture, DateTimeStyles.None, out var placedAt))
        {
            errors.Add("placedAt", "is required: an ISO 8601 date-time with an offset, e.g. 2026-11-24T10:15:00+02:00.");
            return null;
        }

        if (placedAt < Earliest || placedAt > time.GetUtcNow() + limits.FutureTolerance)
        {
            errors.Add("placedAt", "must not be in the future or before the year 2000.");
            return null;
        }

        // Data minimisation: an order the Accounting Act no longer requires to be kept would only be stored to be
        // purged the next night, so it is not stored at all.
        var retainedUntil = retention.AccountingRetainedUntil(placedAt);
        if (retainedUntil < DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            errors.Add("placedAt", string.Create(CultureInfo.InvariantCulture,
                $"the Accounting Act (1336/1997 ch. 2 §10) keeps an order placed on {placedAt:yyyy-MM-dd} only until {retainedUntil:yyyy-MM-dd}; that period has ended, so the order is not stored."));
            return null;
        }

        return placedAt;
    }

    private static List<CheckoutPreference> Preferences(IReadOnlyList<PreferenceSubmission?>? submitted, FieldErrors errors)
    {
        var result = new List<CheckoutPreference>();
        for (var i = 0; i < (submitted?.Count ?? 0); i++)
        {
            var field = $"preferences[{i}]";
            var item = submitted![i];
            if (!WireName<ConsentPurpose>.TryParse(item?.Purpose, out var purpose))
            {
                errors.Add($"{field}.purpose", $"must be one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
                continue;
            }

            if (!WireName<PreferenceState>.TryParse(item!.State, out var state))
            {
                errors.Add($"{field}.state", "must be consented or objected.");
                continue;
            }

            if (result.Any(p => p.Purpose == purpose))
            {
                errors.Add($"{field}.purpose", "appears more than once.");
                continue;
            }

            result.Add(new CheckoutPreference(purpose, state, errors.Optional($"{field}.evidence", item.Evidence, 200)));
        }

        return result;
    }
}

using Registry.Validation;

namespace Registry.Orders.Ingest;

internal static class MoneyRules
{
    private const decimal MaxAmount = 10_000_000m;

    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>The same amount with exactly two decimals, so 118.8 and 118.80 are one order, not two.</summary>
    public static decimal Normalised(decimal value) => decimal.Round(value, 2) + 0.00m;

    public static decimal? Amount(string field, decimal? amount, bool allowNegative, FieldErrors errors)
    {
        if (amount is null || !HasAtMostTwoDecimals(amount.Value) || Math.Abs(amount.Value) > MaxAmount
            || (!allowNegative && amount < 0))
        {
            var sign = allowNegative ? string.Empty : "non-negative ";
            errors.Add(field, $"must be a {sign}decimal number with at most two decimals.");
            return null;
        }

        return Normalised(amount.Value);
    }

    /// <summary>The total must equal the sum of quantity × unit price over the lines, to the cent.</summary>
    public static void Total(decimal? total, IReadOnlyList<OrderLine>? lines, FieldErrors errors)
    {
        if (Amount("total", total, allowNegative: false, errors) is not { } checkedTotal || lines is null)
        {
            return;
        }

        var sum = lines.Sum(line => line.Quantity * line.UnitPrice);
        if (sum != checkedTotal)
        {
            errors.Add("total", "must equal the sum of quantity × unitPrice over the lines.");
        }
    }
}

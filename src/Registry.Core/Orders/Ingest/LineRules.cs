using Registry.Validation;

namespace Registry.Orders.Ingest;

internal static class LineRules
{
    public static List<OrderLine>? Validate(IReadOnlyList<OrderLineSubmission?>? lines, IngestionLimits limits, FieldErrors errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors.Add("lines", "must have at least one line.");
            return null;
        }

        if (lines.Count > limits.MaxLines)
        {
            errors.Add("lines", $"must have at most {limits.MaxLines} lines.");
            return null;
        }

        var result = new List<OrderLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Line(lines[i], $"lines[{i}]", limits, errors);
            if (line is not null)
            {
                result.Add(line);
            }
        }

        return result.Count == lines.Count ? result : null;
    }

    private static OrderLine? Line(OrderLineSubmission? line, string field, IngestionLimits limits, FieldErrors errors)
    {
        if (line is null)
        {
            errors.Add(field, "is required.");
            return null;
        }

        var sku = errors.Required($"{field}.sku", line.Sku, 64);
        var description = errors.Required($"{field}.description", line.Description, 500);
        var quantity = line.Quantity;
        if (quantity is null || quantity < 1 || quantity > limits.MaxQuantity)
        {
            errors.Add($"{field}.quantity", $"must be a whole number from 1 to {limits.MaxQuantity}.");
        }

        var unitPrice = MoneyRules.Amount($"{field}.unitPrice", line.UnitPrice, allowNegative: true, errors);
        var vatRate = line.VatRate;
        if (vatRate is null || vatRate < 0 || vatRate > 100 || !MoneyRules.HasAtMostTwoDecimals(vatRate.Value))
        {
            errors.Add($"{field}.vatRate", "must be a percentage from 0 to 100 with at most two decimals, e.g. 25.5.");
            vatRate = null;
        }

        return sku is null || description is null || quantity is null || unitPrice is null || vatRate is null || errors.All.Any(e => e.Field.StartsWith(field + ".", StringComparison.Ordinal))
            ? null
            : new OrderLine(sku, description, quantity.Value, unitPrice.Value, MoneyRules.Normalised(vatRate.Value));
    }
}

using System.Globalization;
using Azure.Data.Tables;
using Registry.Clients;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Privacy.Encryption;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>
/// Maps a <see cref="StoredOrder"/> to its <c>order|{ref}</c> row. The bill-to party, the invoice number
/// and the line texts are sealed with the subject's accounting key; the figures (dates, sums, VAT
/// rates, quantities) stay readable for the accounts after that key is destroyed.
/// </summary>
internal static class OrderEntity
{
    private const DataScope Scope = DataScope.Accounting;

    public static TableEntity ToEntity(SubjectId subject, StoredOrder order, FieldSealer sealer)
    {
        var row = SubjectRows.Order(order.Ref);
        var entity = new TableEntity(subject.Value, row)
        {
            ["ClientId"] = order.Client.Value,
            ["ClientOrderId"] = order.OrderId.Value,
            ["Channel"] = order.Channel.ToWire(),
            ["PlacedAt"] = order.PlacedAt,
            ["PlacedAtOffset"] = order.PlacedAt.ToString("O", CultureInfo.InvariantCulture),
            ["BillTo"] = sealer.Seal(Scope, row, "BillTo", order.BillTo),
            ["PaymentMethod"] = order.Billing.PaymentMethod,
            ["InvoiceNumber"] = order.Billing.InvoiceNumber is { } invoice ? sealer.Seal(Scope, row, "InvoiceNumber", invoice) : null,
            ["InvoiceStatus"] = order.Billing.Status.ToWire(),
            ["InvoiceStatusDate"] = Date(DateOnly.FromDateTime(order.PlacedAt.DateTime)),
            ["DueDate"] = Date(order.Billing.DueDate),
            ["Currency"] = order.Currency,
            ["Total"] = order.Total.ToString(CultureInfo.InvariantCulture),
            ["RetainedUntil"] = Date(order.RetainedUntil),
            ["ContentHash"] = order.ContentHash,
            ["ClaimETag"] = order.ClaimETag,
        };
        ChunkedProperty.Write(entity, "LineTexts", sealer.Seal(Scope, row, "LineTexts", order.Lines.Select(line => line.Description).ToList()));
        var figures = order.Lines.Select(line => line with { Description = null }).ToList();
        ChunkedProperty.Write(entity, "Lines", StorageJson.Write(figures));
        return entity;
    }

    /// <summary>The order; when the accounting key was destroyed, its personal part reads as null and the figures remain.</summary>
    public static StoredOrder FromEntity(TableEntity entity, FieldSealer sealer)
    {
        var erased = false;
        var row = entity.RowKey;
        var status = Stored.Parse<InvoiceStatus>(entity.GetString("InvoiceStatus"), WireName<InvoiceStatus>.TryParse);
        var billTo = sealer.Open<BillTo>(Scope, row, "BillTo", entity.GetString("BillTo"), ref erased);
        var invoiceNumber = sealer.Open<string>(Scope, row, "InvoiceNumber", entity.GetString("InvoiceNumber"), ref erased);
        var texts = sealer.Open<List<string?>>(Scope, row, "LineTexts", ChunkedProperty.Read(entity, "LineTexts"), ref erased);
        var lines = StorageJson.Read<List<StoredLine>>(ChunkedProperty.Read(entity, "Lines"))
            .Select((line, i) => line with { Description = texts?.ElementAtOrDefault(i) })
            .ToList();
        return new StoredOrder(
            OrderRef.Parse(row[SubjectRows.OrderPrefix.Length..]),
            ClientId.Parse(entity.GetString("ClientId")),
            Stored.Parse<ClientOrderId>(entity.GetString("ClientOrderId"), ClientOrderId.TryParse),
            Stored.Parse<SalesChannel>(entity.GetString("Channel"), WireName<SalesChannel>.TryParse),
            DateTimeOffset.Parse(entity.GetString("PlacedAtOffset"), CultureInfo.InvariantCulture),
            billTo,
            new BillingDetails(entity.GetString("PaymentMethod"), invoiceNumber, status, ParseDate(entity.GetString("DueDate"))),
            lines,
            entity.GetString("Currency"),
            decimal.Parse(entity.GetString("Total"), CultureInfo.InvariantCulture),
            ParseDate(entity.GetString("RetainedUntil"))!.Value,
            entity.GetString("ContentHash"))
        {
            ClaimETag = entity.GetString("ClaimETag"),
            Version = entity.ETag == default ? null : entity.ETag.ToString(),
        };
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

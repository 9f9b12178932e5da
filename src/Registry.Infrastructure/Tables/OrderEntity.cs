using System.Globalization;
using Azure.Data.Tables;
using Registry.Clients;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Orders.Storage;
using Registry.Orders;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>Maps a <see cref="StoredOrder"/> to its <c>order|{ref}</c> row.</summary>
internal static class OrderEntity
{
    public static TableEntity ToEntity(SubjectId subject, StoredOrder order)
    {
        var entity = new TableEntity(subject.Value, SubjectRows.Order(order.Ref))
        {
            ["ClientId"] = order.Client.Value,
            ["ClientOrderId"] = order.OrderId.Value,
            ["Channel"] = order.Channel.ToWire(),
            ["PlacedAt"] = order.PlacedAt,
            ["PlacedAtOffset"] = order.PlacedAt.ToString("O", CultureInfo.InvariantCulture),
            ["BillTo"] = StorageJson.Write(order.BillTo),
            ["PaymentMethod"] = order.Billing.PaymentMethod,
            ["InvoiceNumber"] = order.Billing.InvoiceNumber,
            ["InvoiceStatus"] = order.Billing.Status.ToWire(),
            ["InvoiceStatusDate"] = Date(DateOnly.FromDateTime(order.PlacedAt.DateTime)),
            ["DueDate"] = Date(order.Billing.DueDate),
            ["Currency"] = order.Currency,
            ["Total"] = order.Total.ToString(CultureInfo.InvariantCulture),
            ["RetainedUntil"] = Date(order.RetainedUntil),
            ["ContentHash"] = order.ContentHash,
        };
        ChunkedProperty.Write(entity, "Lines", StorageJson.Write(order.Lines));
        return entity;
    }

    public static StoredOrder FromEntity(TableEntity entity)
    {
        var status = Stored.Parse<InvoiceStatus>(entity.GetString("InvoiceStatus"), WireName<InvoiceStatus>.TryParse);
        return new StoredOrder(
            OrderRef.Parse(entity.RowKey["order|".Length..]),
            ClientId.Parse(entity.GetString("ClientId")),
            Stored.Parse<ClientOrderId>(entity.GetString("ClientOrderId"), ClientOrderId.TryParse),
            Stored.Parse<SalesChannel>(entity.GetString("Channel"), WireName<SalesChannel>.TryParse),
            DateTimeOffset.Parse(entity.GetString("PlacedAtOffset"), CultureInfo.InvariantCulture),
            StorageJson.Read<BillTo>(entity.GetString("BillTo")),
            new BillingDetails(entity.GetString("PaymentMethod"), entity.GetString("InvoiceNumber"), status, ParseDate(entity.GetString("DueDate"))),
            StorageJson.Read<List<OrderLine>>(ChunkedProperty.Read(entity, "Lines")),
            entity.GetString("Currency"),
            decimal.Parse(entity.GetString("Total"), CultureInfo.InvariantCulture),
            ParseDate(entity.GetString("RetainedUntil"))!.Value,
            entity.GetString("ContentHash"));
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

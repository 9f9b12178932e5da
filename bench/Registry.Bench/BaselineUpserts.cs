using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Registry.Orders;
using Registry.Subjects;

namespace Registry.Bench;

/// <summary>The baseline: the same order body stored as one row with one plain <c>UpsertEntity</c>.</summary>
public sealed class BaselineUpserts(TableClient table)
{
    public async ValueTask UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);

    /// <summary>A row comparable to what ingestion stores: opaque keys, the order's data as JSON properties.</summary>
    public static TableEntity Entity(JsonObject order) => new(SubjectId.New().Value, $"order|{OrderRef.New()}")
    {
        ["OrderId"] = order["orderId"]!.GetValue<string>(),
        ["Channel"] = order["channel"]!.GetValue<string>(),
        ["PlacedAt"] = order["placedAt"]!.GetValue<string>(),
        ["Customer"] = order["customer"]!.ToJsonString(),
        ["Billing"] = order["billing"]!.ToJsonString(),
        ["Lines"] = order["lines"]!.ToJsonString(),
        ["Preferences"] = order["preferences"]!.ToJsonString(),
        ["Currency"] = order["currency"]!.GetValue<string>(),
        ["Total"] = order["total"]!.ToJsonString(),
    };
}

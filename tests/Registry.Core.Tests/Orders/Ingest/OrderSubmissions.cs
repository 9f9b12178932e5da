using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Orders.Ingest;
using Registry.Testing.Builders;

namespace Registry.Core.Tests.Orders.Ingest;

/// <summary>Turns the shared JSON builder into the submission record the validator takes.</summary>
internal static class OrderSubmissions
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static OrderSubmission From(JsonObject json) => json.Deserialize<OrderSubmission>(Web)!;

    public static OrderSubmission Valid(Action<JsonObject>? change = null)
    {
        var json = OrderJson.Valid();
        change?.Invoke(json);
        return From(json);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Clients;
using Registry.Orders.Ingest;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Orders;

/// <summary>Runs orders through the real validator and handler, as the HTTP function does after the signature check.</summary>
internal static class Ingestion
{
    public static readonly ClientId Webshop = ClientId.Parse("webshop");

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Task<IngestOrderOutcome> IngestAsync(this RegistryHarness registry, JsonObject order, ClientId? client = null)
    {
        var submission = order.Deserialize<OrderSubmission>(Web)!;
        var validated = registry.Get<OrderValidator>().Validate(submission);
        Assert.True(validated.IsValid, string.Join("; ", validated.Errors));
        return registry.Get<IngestOrderHandler>().HandleAsync(new IngestOrderCommand(client ?? Webshop, validated.Value!));
    }
}

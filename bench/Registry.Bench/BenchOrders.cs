using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Orders.Ingest;
using Registry.Testing.Builders;

namespace Registry.Bench;

/// <summary>
/// Contract-v1 order bodies for one run: e-mails unique to the run, a known customer's first order
/// placed two days ago and their next one a day later, so it is newer and updates the contact data.
/// </summary>
public sealed class BenchOrders(TimeProvider time)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly DateTimeOffset _firstOrderAt = time.GetUtcNow().AddDays(-2);

    public string Email(string kind, int index) => $"bench.{_run}.{kind}{index}@example.fi";

    public JsonObject First(string email) => OrderJson.Valid(email: email, placedAt: _firstOrderAt);

    public JsonObject Next(string email) => OrderJson.Valid(email: email, placedAt: _firstOrderAt.AddDays(1));

    /// <summary>The body as the function deserialises it, before validation.</summary>
    public static OrderSubmission Submission(JsonObject order) => order.Deserialize<OrderSubmission>(Web)!;
}

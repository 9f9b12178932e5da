using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Registry.Infrastructure.Tests.Cases;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Telemetry;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Telemetry;

/// <summary>
/// The register's counters count each event once, where it really happens, on real storage: a retried order, a
/// redelivered mail or poison message finds its earlier result and is not counted again. Tags carry no personal data.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class RegistryMetricsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OrdersIngested_CountsAStoredOrderOnce_NotItsReplayNorAConflictingReuseOfItsId()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        using var ingested = Collector(registry, "registry.orders.ingested");
        var order = OrderJson.Valid(orderId: "WS-M-1", email: "kanaria.canary@example.fi");
        var store = OrderJson.Valid(orderId: "ST-M-1", email: "kanaria.canary@example.fi", channel: "store");

        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order));
        Assert.IsType<IngestOrderOutcome.AlreadyStored>(await registry.IngestAsync(order));
        var changed = OrderJson.Valid(orderId: "WS-M-1", email: "kanaria.canary@example.fi");
        changed["currency"] = "SEK";
        Assert.IsType<IngestOrderOutcome.ConflictingOrder>(await registry.IngestAsync(changed));
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(store));

        Assert.Equal(["store", "webshop"], ingested.GetMeasurementSnapshot().Select(m => (string)m.Tags["channel"]!).Order(StringComparer.Ordinal));
        Assert.All(ingested.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
        Assert.All(ingested.GetMeasurementSnapshot(), m => Assert.Equal(["channel"], m.Tags.Keys));
    }

    [Fact]
    public async Task CasesOpened_CountsACaseOnce_NotTheRedeliveryOfItsMail()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        using var opened = Collector(registry, "registry.cases.opened");

        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(), "q-1"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message(), "q-2"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued("not json", "q-3"));
        await registry.Intake().HandleAsync(IntakeHarness.Queued("not json", "q-3"));

        Assert.Equal([false, true], opened.GetMeasurementSnapshot().Select(m => (bool)m.Tags["triage"]!));
        Assert.All(opened.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task PoisonMessages_CountsAPoisonedMailOnceByQueue_NotItsRedelivery()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        using var poison = Collector(registry, "registry.poison.messages");
        using var opened = Collector(registry, "registry.cases.opened");
        var poisoned = IntakeHarness.Queued(IntakeHarness.Message(), "p-1") with { Queue = "subject-requests-poison" };

        await registry.Intake().HandlePoisonAsync(poisoned);
        await registry.Intake().HandlePoisonAsync(poisoned);

        var counted = Assert.Single(poison.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal(new Dictionary<string, object?> { ["queue"] = "subject-requests-poison" }, counted.Tags);
        Assert.True((bool)Assert.Single(opened.GetMeasurementSnapshot()).Tags["triage"]!);
    }

    private static MetricCollector<long> Collector(RegistryHarness registry, string instrument) =>
        new(registry.Get<IMeterFactory>(), RegistryMetrics.MeterName, instrument);
}

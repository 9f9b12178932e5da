using System.Diagnostics.Metrics;

namespace Registry.Telemetry;

/// <summary>
/// The register's counters, on the meter <see cref="MeterName"/> (exported by OpenTelemetry when Application Insights
/// is configured; the alert rules in infra/ read them). Tags carry kinds and outcomes only, never an identifier of a person.
/// </summary>
public sealed class RegistryMetrics
{
    public const string MeterName = "Tailorframe.Registry";

    private readonly Counter<long> _ordersIngested;
    private readonly Counter<long> _casesOpened;
    private readonly Counter<long> _lettersSent;
    private readonly Counter<long> _lettersFailed;
    private readonly Counter<long> _purgeItems;
    private readonly Counter<long> _poisonMessages;

    public RegistryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _ordersIngested = meter.CreateCounter<long>("registry.orders.ingested", "{order}", "Orders stored (new or changed), by channel.");
        _casesOpened = meter.CreateCounter<long>("registry.cases.opened", "{case}", "Subject-request cases opened.");
        _lettersSent = meter.CreateCounter<long>("registry.letters.sent", "{letter}", "Letters handed to the mail system, by kind.");
        _lettersFailed = meter.CreateCounter<long>("registry.letters.failed", "{letter}", "Letters given up on and raised to the officer, by kind.");
        _purgeItems = meter.CreateCounter<long>("registry.purge.items", "{item}", "Due items the nightly purge handled, by outcome.");
        _poisonMessages = meter.CreateCounter<long>("registry.poison.messages", "{message}", "Messages that reached a poison queue, by queue.");
    }

    public void OrderIngested(string channel) => _ordersIngested.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void CaseOpened() => _casesOpened.Add(1);

    public void LetterSent(LetterKindTag kind) => _lettersSent.Add(1, kind.Tag);

    public void LetterFailed(LetterKindTag kind) => _lettersFailed.Add(1, kind.Tag);

    public void PurgeItems(string outcome, long count) => _purgeItems.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public void PoisonMessage(string queue) => _poisonMessages.Add(1, new KeyValuePair<string, object?>("queue", queue));
}

/// <summary>A letter kind as a metric tag.</summary>
public readonly record struct LetterKindTag(string Kind)
{
    public KeyValuePair<string, object?> Tag => new("kind", Kind);
}

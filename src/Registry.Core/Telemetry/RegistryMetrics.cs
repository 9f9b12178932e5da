using System.Diagnostics.Metrics;

namespace Registry.Telemetry;

/// <summary>
/// The register's counters, on the meter <see cref="MeterName"/> (the nightly purge has its own meter,
/// <c>Registry.Retention.Purge</c>). Tags carry kinds and outcomes only, never an identifier of a person.
/// </summary>
public sealed class RegistryMetrics
{
    public const string MeterName = "Tailorframe.Registry";

    private readonly Counter<long> _ordersIngested;
    private readonly Counter<long> _casesOpened;
    private readonly Counter<long> _lettersSent;
    private readonly Counter<long> _lettersFailed;
    private readonly Counter<long> _lettersBounced;
    private readonly Counter<long> _poisonMessages;

    public RegistryMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _ordersIngested = meter.CreateCounter<long>("registry.orders.ingested", "{order}", "Orders stored for the first time (a retry or replay is not counted), by channel.");
        _casesOpened = meter.CreateCounter<long>("registry.cases.opened", "{case}", "Subject-request cases opened (once per case, however often its message is delivered), triage or not.");
        _lettersSent = meter.CreateCounter<long>("registry.letters.sent", "{letter}", "Letters handed to the mail system, by kind.");
        _lettersFailed = meter.CreateCounter<long>("registry.letters.failed", "{letter}", "Letters given up on and raised to the officer, by kind.");
        _lettersBounced = meter.CreateCounter<long>("registry.letters.bounced", "{letter}", "Letters that came back undelivered to the privacy mailbox.");
        _poisonMessages = meter.CreateCounter<long>("registry.poison.messages", "{message}", "Messages that reached a poison queue (once per message), by queue.");
    }

    public void OrderIngested(string channel) => _ordersIngested.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void CaseOpened(bool triage) => _casesOpened.Add(1, new KeyValuePair<string, object?>("triage", triage));

    public void LetterSent(LetterKindTag kind) => _lettersSent.Add(1, kind.Tag);

    public void LetterFailed(LetterKindTag kind) => _lettersFailed.Add(1, kind.Tag);

    public void LetterBounced() => _lettersBounced.Add(1);

    public void PoisonMessage(string queue) => _poisonMessages.Add(1, new KeyValuePair<string, object?>("queue", queue));
}

/// <summary>A letter kind as a metric tag.</summary>
public readonly record struct LetterKindTag(string Kind)
{
    public KeyValuePair<string, object?> Tag => new("kind", Kind);
}

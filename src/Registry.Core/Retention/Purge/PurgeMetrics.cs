using System.Diagnostics.Metrics;

namespace Registry.Retention.Purge;

/// <summary>
/// The purge's metrics (meter <c>Registry.Retention.Purge</c>): items by kind and outcome, things deleted by rule,
/// and run duration. Tags carry kind, rule and outcome names only.
/// </summary>
public sealed class PurgeMetrics
{
    public const string MeterName = "Registry.Retention.Purge";

    private readonly Counter<long> _items;
    private readonly Counter<long> _actions;
    private readonly Histogram<double> _duration;

    public PurgeMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _items = meter.CreateCounter<long>("registry.purge.items", "{item}", "Due schedule items handled, by kind and outcome.");
        _actions = meter.CreateCounter<long>("registry.purge.actions", "{action}", "Things deleted (or, in a dry run, that would be), by rule.");
        _duration = meter.CreateHistogram<double>("registry.purge.duration", "s", "Duration of a purge run.");
    }

    public void Item(string kind, string outcome, bool dryRun) =>
        _items.Add(1, new("kind", kind), new("outcome", outcome), new("dry_run", dryRun));

    public void Actions(IReadOnlyDictionary<string, int> actions, bool dryRun)
    {
        foreach (var (rule, count) in actions)
        {
            _actions.Add(count, new("rule", rule), new("dry_run", dryRun));
        }
    }

    public void Run(TimeSpan duration, string outcome, bool dryRun) =>
        _duration.Record(duration.TotalSeconds, new("outcome", outcome), new("dry_run", dryRun));
}

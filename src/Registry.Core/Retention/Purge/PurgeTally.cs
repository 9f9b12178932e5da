namespace Registry.Retention.Purge;

/// <summary>Collects item outcomes from parallel workers into a <see cref="PurgeReport"/>.</summary>
internal sealed class PurgeTally(int listCap)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _kinds = new(StringComparer.Ordinal);
    private readonly List<PurgeReportItem> _rescheduled = [];
    private readonly List<PurgeReportItem> _leftInPlace = [];
    private int _omitted;

    public int Items { get; private set; }

    public void Done(ScheduledItem item, PurgeItemResult result) => Record(item, 0, result.Actions, null);

    public void Rescheduled(ScheduledItem item, PurgeItemResult result, DateOnly next) =>
        Record(item, 1, result.Actions, new PurgeReportItem(item.Kind, item.Target, next, result.Kept), _rescheduled);

    public void Failed(ScheduledItem item, Exception error) =>
        Record(item, 2, null, new PurgeReportItem(item.Kind, item.Target, null, [$"failed: {error.GetType().Name}"]), _leftInPlace);

    public void NoRule(ScheduledItem item) =>
        Record(item, 3, null, new PurgeReportItem(item.Kind, item.Target, null, ["no rule for this kind"]), _leftInPlace);

    public void Swept(IReadOnlyDictionary<string, int> actions)
    {
        lock (_gate)
        {
            foreach (var (action, count) in actions)
            {
                _actions[action] = _actions.GetValueOrDefault(action) + count;
            }
        }
    }

    public PurgeReport Report(PurgeRun run, DateTimeOffset startedAt, TimeSpan duration, string outcome)
    {
        lock (_gate)
        {
            return new PurgeReport
            {
                RunDate = run.Today,
                DryRun = run.DryRun,
                StartedAt = startedAt,
                DurationSeconds = Math.Round(duration.TotalSeconds, 3),
                Outcome = outcome,
                Items = Items,
                Actions = new SortedDictionary<string, int>(_actions, StringComparer.Ordinal),
                Kinds = new SortedDictionary<string, PurgeKindCounts>(
                    _kinds.ToDictionary(k => k.Key, k => new PurgeKindCounts(k.Value[0], k.Value[1], k.Value[2], k.Value[3])), StringComparer.Ordinal),
                Rescheduled = [.. _rescheduled],
                LeftInPlace = [.. _leftInPlace],
                Omitted = _omitted,
            };
        }
    }

    private void Record(ScheduledItem item, int slot, IReadOnlyDictionary<string, int>? actions, PurgeReportItem? listed, List<PurgeReportItem>? list = null)
    {
        lock (_gate)
        {
            Items++;
            if (!_kinds.TryGetValue(item.Kind, out var counts))
            {
                _kinds[item.Kind] = counts = new int[4];
            }

            counts[slot]++;
            foreach (var (rule, count) in actions ?? new Dictionary<string, int>())
            {
                _actions[rule] = _actions.GetValueOrDefault(rule) + count;
            }

            if (listed is not null && list is not null)
            {
                if (list.Count < listCap)
                {
                    list.Add(listed);
                }
                else
                {
                    _omitted++;
                }
            }
        }
    }
}

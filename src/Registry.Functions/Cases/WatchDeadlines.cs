using Microsoft.Azure.Functions.Worker;
using Registry.Cases;

namespace Registry.Functions.Cases;

/// <summary>Daily at 05:00 UTC (07:00 or 08:00 in Helsinki): cases due soon or overdue, reminded to the privacy officer.</summary>
public sealed class WatchDeadlines(DeadlineWatch watch)
{
    [Function(nameof(WatchDeadlines))]
    public Task Run([TimerTrigger("0 0 5 * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        watch.RunAsync(cancellationToken);
}

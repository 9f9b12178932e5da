using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Registry.Retention.Purge;

/// <summary>
/// The nightly purge. Reads every schedule entry due on or before today, hands each to the rule for its kind
/// (a few at once), and only after the rules have acted moves the entries to their next dates or removes them, all
/// together in batches per schedule partition, so a crash leaves the entries for the next run, whose rule finds the
/// work done or finishes it. One run at a time
/// (<see cref="IPurgeLock"/>); past the time budget it stops taking items, and the next run continues.
/// A dry run asks the rules what they would do and writes nothing but its report. After a run that finished its
/// items, the sweeps (<see cref="IPurgeSweep"/>) clear rows that carry their own expiry.
/// </summary>
public sealed partial class PurgeRunner(
    IRetentionSchedule schedule,
    IEnumerable<IPurgeRule> rules,
    IEnumerable<IPurgeSweep> sweeps,
    IPurgeLock purgeLock,
    IPurgeReports reports,
    PurgeMetrics metrics,
    IOptions<PurgeOptions> options,
    TimeProvider time,
    ILogger<PurgeRunner> logger)
{
    private const int ListCap = 5000;
    private const int MoveEvery = 1600;
    private readonly Dictionary<string, IPurgeRule> _rules = rules.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public async Task<PurgeReport> RunAsync(PurgeRequest request, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var started = time.GetUtcNow();
        var run = new PurgeRun(DateOnly.FromDateTime(started.UtcDateTime), request.DryRun ?? settings.DryRun);
        var tally = new PurgeTally(ListCap);
        var moves = new ConcurrentQueue<ScheduleMove>();

        await using var held = await purgeLock.TryAcquireAsync(cancellationToken);
        if (held is null)
        {
            LogLockHeld(logger, run.Today);
            return await FinishAsync(tally, run, started, "lock-held", cancellationToken);
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var outcome = "completed";
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelism, CancellationToken = budget.Token };
            await Parallel.ForEachAsync(schedule.DueAsync(run.Today, budget.Token), parallel, async (item, _) =>
            {
                // Past the budget: stop taking items; items already started finish (they get the caller's token, not the budget's).
                if (time.GetUtcNow() - started >= settings.TimeBudget)
                {
                    await budget.CancelAsync();
                    return;
                }

                await HandleAsync(item, run, tally, moves, cancellationToken);
            });
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = "budget-exhausted";
        }

        // Also after an exhausted budget: the items handled so far are done and their entries move.
        while (!moves.IsEmpty)
        {
            await MoveAsync(moves, cancellationToken);
        }

        if (outcome == "completed")
        {
            await SweepAsync(run, tally, cancellationToken);
        }

        return await FinishAsync(tally, run, started, outcome, cancellationToken);
    }

    private async Task HandleAsync(ScheduledItem item, PurgeRun run, PurgeTally tally, ConcurrentQueue<ScheduleMove> moves, CancellationToken cancellationToken)
    {
        if (!_rules.TryGetValue(item.Kind, out var rule))
        {
            tally.NoRule(item);
            metrics.Item(item.Kind, "no-rule", run.DryRun);
            return;
        }

        PurgeItemResult result;
        try
        {
            result = await rule.ApplyAsync(item, run, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One item's failure leaves its entry for the next run and does not stop the others.
            LogItemFailed(logger, e, item.Kind, item.Target);
            tally.Failed(item, e);
            metrics.Item(item.Kind, "failed", run.DryRun);
            return;
        }

        metrics.Actions(result.Actions, run.DryRun);
        if (result.NextDueOn is { } requested)
        {
            // Never today or earlier: this run is still reading today's entries.
            var next = requested > run.Today ? requested : run.Today.AddDays(1);
            await EnqueueAsync(moves, new ScheduleMove(item, next), run, cancellationToken);

            tally.Rescheduled(item, result, next);
            metrics.Item(item.Kind, "rescheduled", run.DryRun);
            return;
        }

        await EnqueueAsync(moves, new ScheduleMove(item, null), run, cancellationToken);
        tally.Done(item, result);
        metrics.Item(item.Kind, "done", run.DryRun);
    }

    /// <summary>
    /// Moves wait until <see cref="MoveEvery"/> have gathered, so each schedule partition's are written 100 per request;
    /// a crash loses at most that many items' moves, whose entries the next run reads again and finds done.
    /// </summary>
    private async Task EnqueueAsync(ConcurrentQueue<ScheduleMove> moves, ScheduleMove move, PurgeRun run, CancellationToken cancellationToken)
    {
        if (run.DryRun)
        {
            return;
        }

        moves.Enqueue(move);
        if (moves.Count >= MoveEvery)
        {
            await MoveAsync(moves, cancellationToken);
        }
    }

    private async Task MoveAsync(ConcurrentQueue<ScheduleMove> moves, CancellationToken cancellationToken)
    {
        var taken = new List<ScheduleMove>(MoveEvery);
        while (taken.Count < MoveEvery && moves.TryDequeue(out var move))
        {
            taken.Add(move);
        }

        if (taken.Count > 0)
        {
            await schedule.MoveAsync(taken, cancellationToken);
        }
    }

    private async Task SweepAsync(PurgeRun run, PurgeTally tally, CancellationToken cancellationToken)
    {
        foreach (var sweep in sweeps)
        {
            try
            {
                var actions = await sweep.SweepAsync(run, cancellationToken);
                tally.Swept(actions);
                metrics.Actions(actions, run.DryRun);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // What a sweep leaves, the next night's sweep finds again; the report of the items still goes out.
                LogSweepFailed(logger, e, sweep.GetType().Name);
            }
        }
    }

    private async Task<PurgeReport> FinishAsync(PurgeTally tally, PurgeRun run, DateTimeOffset started, string outcome, CancellationToken cancellationToken)
    {
        var duration = time.GetUtcNow() - started;
        var report = tally.Report(run, started, duration, outcome);
        var name = await reports.SaveAsync(report, cancellationToken);
        metrics.Run(duration, outcome, run.DryRun);
        var actions = report.Actions.Values.Sum();
        var kinds = report.Kinds.Values.ToList();
        var done = kinds.Sum(k => k.Done);
        var rescheduled = kinds.Sum(k => k.Rescheduled);
        var leftInPlace = kinds.Sum(k => k.Failed + k.NoRule);
        LogSummary(logger, run.Today, run.DryRun, outcome, report.Items, actions, done, rescheduled, leftInPlace, report.DurationSeconds, name);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Purge {RunDate} (dry run: {DryRun}) {Outcome}: {Items} items, {Actions} deletions, {Done} done, {Rescheduled} rescheduled, {LeftInPlace} left in place, {DurationSeconds} s; report {Report}")]
    private static partial void LogSummary(
        ILogger logger, DateOnly runDate, bool dryRun, string outcome, int items, int actions, int done, int rescheduled, int leftInPlace, double durationSeconds, string report);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purge {RunDate}: another run holds the lock; nothing done")]
    private static partial void LogLockHeld(ILogger logger, DateOnly runDate);

    [LoggerMessage(Level = LogLevel.Error, Message = "Purge sweep {Sweep} failed; the next run sweeps again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string sweep);

    [LoggerMessage(Level = LogLevel.Error, Message = "Purge item {Kind} {Target} failed; its entry stays for the next run")]
    private static partial void LogItemFailed(ILogger logger, Exception exception, string kind, string target);
}

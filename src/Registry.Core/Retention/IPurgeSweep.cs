namespace Registry.Retention;

/// <summary>
/// Housekeeping the nightly purge does after its scheduled items, for rows whose end is known only to the row itself
/// (a remembered <c>webhook-id</c> past its replay window): too short-lived and too many to schedule one by one.
/// A sweep tolerates running twice and, in a dry run, only counts.
/// </summary>
public interface IPurgeSweep
{
    /// <summary>Deletes (or, in a dry run, counts) what has expired; counts per action name, as a rule's <see cref="PurgeItemResult.Actions"/>.</summary>
    Task<IReadOnlyDictionary<string, int>> SweepAsync(PurgeRun run, CancellationToken cancellationToken = default);
}

namespace Registry.Retention;

/// <summary>
/// What the nightly purge does with one kind of <see cref="ScheduledItem"/>. A rule re-reads the current state,
/// checks holds, and acts (or, in a dry run, only says what it would do). It must tolerate running twice and
/// running after a crash midway. The purge itself removes the entry afterwards and writes <see cref="PurgeItemResult.NextDueOn"/>.
/// </summary>
public interface IPurgeRule
{
    /// <summary>The <see cref="ScheduledItem.Kind"/> this rule handles.</summary>
    string Kind { get; }

    Task<PurgeItemResult> ApplyAsync(ScheduledItem item, PurgeRun run, CancellationToken cancellationToken = default);
}

/// <summary>One night's run: the day it purges for, and whether it may change anything.</summary>
public sealed record PurgeRun(DateOnly Today, bool DryRun);

/// <summary>
/// What a rule did (or would do) with an item: counts per purge rule name (<c>accounting-records</c>,
/// <c>inactive-profile</c>, <c>held-erasure</c>, <c>case-file</c>, …), when the item is due again (null: never),
/// and why anything was kept (hold names, "active again"). Identifiers and counts only.
/// </summary>
public sealed record PurgeItemResult(IReadOnlyDictionary<string, int> Actions, DateOnly? NextDueOn, IReadOnlyList<string> Kept)
{
    public static PurgeItemResult Nothing { get; } = new(new Dictionary<string, int>(), null, []);
}

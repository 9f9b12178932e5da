namespace Registry.Retention.Purge;

/// <summary>
/// How the nightly purge runs, and the retention periods of the kinds it owns (design brief §4), under
/// <c>Registry:Retention</c> beside <see cref="RetentionOptions"/>. Defaults and their basis: docs/retention.md.
/// </summary>
public sealed class PurgeOptions
{
    /// <summary>When true every run only reports what it would do (also per request, <see cref="PurgeRequest"/>).</summary>
    public bool DryRun { get; set; }

    /// <summary>A run stops taking new items after this long; host.json's functionTimeout is 10 minutes.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromMinutes(8);

    /// <summary>Items worked on at once.</summary>
    public int MaxParallelism { get; set; } = 16;

    /// <summary>Evidence of compliance: a closed case file is kept this many years after it closed.</summary>
    public int CaseFileYears { get; set; } = 3;

    /// <summary>Company policy: an audit log blob is deleted this many years after its last entry.</summary>
    public int AuditYears { get; set; } = 3;

    /// <summary>The senders' retry horizon: a dedupe marker that only stops a redelivery is deleted after this many hours.</summary>
    public int MarkerHours { get; set; } = 72;

    public bool IsValid() =>
        TimeBudget > TimeSpan.Zero && MaxParallelism is >= 1 and <= 256 && CaseFileYears >= 0 && AuditYears >= 0 && MarkerHours >= 0;
}

namespace Registry.Retention.Purge;

/// <summary>The <see cref="ScheduledItem.Kind"/> names of the purge rules, and the shape of their targets (no '/' : table keys refuse it).</summary>
public static class PurgeKinds
{
    /// <summary>Target: a case reference. Scheduled when the case closes.</summary>
    public const string CaseFile = "case";

    /// <summary>Target: a case reference; the access packages under <c>exports/{reference}/</c>.</summary>
    public const string Export = "export";

    /// <summary>Target: <c>day:{yyyy-MM-dd}</c> or <c>subject:{subjectId}</c>, one audit log blob.</summary>
    public const string Audit = "audit";

    /// <summary>Target: an intake message key in the Cases table (<c>msg|{hash}</c> or <c>queue|{hash}</c>).</summary>
    public const string Marker = "marker";
}

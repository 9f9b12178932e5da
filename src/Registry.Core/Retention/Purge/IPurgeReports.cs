namespace Registry.Retention.Purge;

/// <summary>Where run reports go (<c>purge-reports/{date}.json</c>).</summary>
public interface IPurgeReports
{
    /// <summary>Stores the report without replacing an earlier run's; returns its name.</summary>
    Task<string> SaveAsync(PurgeReport report, CancellationToken cancellationToken = default);
}

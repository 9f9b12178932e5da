namespace Registry.Retention.Purge;

/// <summary>Where run reports go (<c>purge-reports/{date}.json</c>).</summary>
public interface IPurgeReports
{
    /// <summary>Stores the report without replacing an earlier run's; returns its name.</summary>
    Task<string> SaveAsync(PurgeReport report, CancellationToken cancellationToken = default);

    /// <summary>The latest <paramref name="count"/> reports, newest first, each with its name.</summary>
    Task<IReadOnlyList<(string Name, PurgeReport Report)>> LatestAsync(int count, CancellationToken cancellationToken = default);
}

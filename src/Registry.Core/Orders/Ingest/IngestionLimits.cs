namespace Registry.Orders.Ingest;

/// <summary>Size limits for one order; configurable under <c>Registry:Ingestion</c>.</summary>
public sealed class IngestionLimits
{
    public const string Section = "Registry:Ingestion";

    /// <summary>Largest accepted request body; larger ones get 413 before they are parsed.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    public int MaxLines { get; set; } = 200;

    public int MaxQuantity { get; set; } = 10_000;

    /// <summary>How far in the future a placed-at time may be (clock skew between systems).</summary>
    public TimeSpan FutureTolerance { get; set; } = TimeSpan.FromMinutes(5);
}

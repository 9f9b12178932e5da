using System.Collections.Frozen;

namespace Registry.Residency;

/// <summary>
/// The Azure regions in the European Union where the register may run and store data (notice [S5],
/// design decision D8). The same list is the <c>@allowed</c> location list of infra/main.bicep; a test keeps them equal.
/// </summary>
public static class EuRegions
{
    public static readonly FrozenSet<string> Allowed = new[]
    {
        "westeurope", "northeurope", "francecentral", "francesouth", "germanywestcentral", "germanynorth",
        "swedencentral", "swedensouth", "italynorth", "polandcentral", "spaincentral",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for an allowed region, written either as a name (<c>westeurope</c>) or as Azure's display name (<c>West Europe</c>).</summary>
    public static bool Contains(string? region) =>
        region is not null && Allowed.Contains(region.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant());
}

namespace Registry.Infra.Tests.Residency;

/// <summary>Azure regions located in EU member states (the notice promises no transfer outside the EU, S5).</summary>
public static class EuRegions
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "westeurope", "northeurope", "francecentral", "francesouth", "germanywestcentral", "germanynorth",
        "swedencentral", "swedensouth", "italynorth", "polandcentral", "spaincentral", "austriaeast",
        "belgiumcentral", "denmarkeast", "finlandcentral", "greececentral",
    };
}

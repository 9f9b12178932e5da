using System.Net;

namespace Registry.Residency;

/// <summary>
/// Decides at start-up whether this instance may handle personal data (D8): it must run in an EU region
/// and its storage and Key Vault endpoints must be Azure public-cloud endpoints (their accounts are pinned
/// to EU regions by the deployment and its Allowed-locations policy). Loopback endpoints (Azurite) and an
/// unknown region are accepted only in Development.
/// </summary>
public sealed class ResidencyGuard
{
    private static readonly string[] PublicCloudSuffixes = [".core.windows.net", ".vault.azure.net"];

    public ResidencyGuard(ResidencySettings settings)
    {
        var checks = new List<ResidencyCheck> { RegionCheck(settings) };
        checks.AddRange(settings.Endpoints.Select(endpoint => EndpointCheck(endpoint.Name, endpoint.Uri, settings.IsDevelopment)));
        Verdict = new ResidencyVerdict(checks.All(c => c.Passed), checks);
    }

    public ResidencyVerdict Verdict { get; }

    private static ResidencyCheck RegionCheck(ResidencySettings settings) => settings.Region switch
    {
        null or "" when settings.IsDevelopment => new("region", "local development", true),
        null or "" => new("region", "unknown (REGION_NAME not set)", false),
        var region => new("region", region, EuRegions.Contains(region)),
    };

    private static ResidencyCheck EndpointCheck(string name, Uri? uri, bool isDevelopment)
    {
        if (uri is null)
        {
            return new(name, "not configured", false);
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        var passed = loopback ? isDevelopment : uri.Scheme == Uri.UriSchemeHttps && PublicCloudSuffixes.Any(s => uri.Host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        return new(name, uri.Host, passed);
    }
}

/// <summary>What the guard is told about where the app runs and stores.</summary>
public sealed record ResidencySettings(string? Region, bool IsDevelopment, IReadOnlyList<(string Name, Uri? Uri)> Endpoints);

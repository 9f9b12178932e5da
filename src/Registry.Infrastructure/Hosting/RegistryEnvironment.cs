using Microsoft.Extensions.Configuration;

namespace Registry.Infrastructure.Hosting;

/// <summary>
/// Where the app runs, decided once for every development-only path (development tokens, development
/// secrets, Azurite at loopback). Running in Azure is read from what the platform sets on every instance,
/// never from <c>AZURE_FUNCTIONS_ENVIRONMENT</c>, which is an ordinary app setting anyone with Contributor
/// can change: in Azure nothing is Development. Environment names compare case-insensitively, as the
/// Functions host and ASP.NET Core compare them.
/// </summary>
public static class RegistryEnvironment
{
    public const string EnvironmentKey = "AZURE_FUNCTIONS_ENVIRONMENT";

    public const string Development = "Development";

    // Set by App Service and every Functions plan (Flex Consumption included) on each instance. Core Tools
    // sets none of them locally; it sets WEBSITE_HOSTNAME, but to localhost, hence the check below.
    private static readonly string[] AzureMarkers = ["WEBSITE_INSTANCE_ID", "WEBSITE_SITE_NAME", "WEBSITE_OWNER_NAME", "WEBSITE_DEPLOYMENT_ID"];

    /// <summary>True on an Azure App Service or Functions instance, whatever the environment is called.</summary>
    public static bool IsAzure(IConfiguration configuration) =>
        AzureMarkers.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
        || (configuration["WEBSITE_HOSTNAME"] is { Length: > 0 } host && !IsLoopback(host));

    /// <summary>True only off Azure with the environment named Development (in any letter case).</summary>
    public static bool IsDevelopment(IConfiguration configuration) =>
        !IsAzure(configuration) && IsNamed(configuration[EnvironmentKey], Development);

    /// <summary>The one comparison of environment names.</summary>
    public static bool IsNamed(string? environment, string name) =>
        string.Equals(environment?.Trim(), name, StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(string host) =>
        Uri.TryCreate($"http://{host.Trim()}", UriKind.Absolute, out var uri) && uri.IsLoopback;
}

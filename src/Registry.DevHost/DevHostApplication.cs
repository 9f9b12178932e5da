using Registry.DevHost.Admin;
using Registry.DevHost.Configuration;
using Registry.DevHost.Http;
using Registry.DevHost.Worker;
using Registry.Infrastructure.Hosting;

namespace Registry.DevHost;

/// <summary>
/// Builds the development host of design decision D3: a local Functions host that starts the real worker
/// (the Functions project's build output) and runs its functions as the Functions host does.
/// </summary>
public static class DevHostApplication
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Configuration, lowest first: host.json (under <c>AzureFunctionsJobHost</c>), local.settings.json
    /// <c>Values</c>, environment variables, command line. The environment comes from
    /// <c>AZURE_FUNCTIONS_ENVIRONMENT</c> (variable, else local settings, else Development). The worker gets
    /// the local settings as environment variables, and the same environment name.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, DevHostOptions? options = null)
    {
        var switches = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var localSettingsPath = options?.LocalSettingsPath ?? switches[DevHostOptions.LocalSettingsKey] ?? SettingsFileLocator.Find(LocalSettings.FileName);
        var hostJsonPath = options?.HostJsonPath ?? switches[DevHostOptions.HostJsonKey] ?? SettingsFileLocator.Find(HostJson.FileName);
        var localSettings = localSettingsPath is null ? new Dictionary<string, string?>() : LocalSettings.Read(localSettingsPath);
        var hostJson = hostJsonPath is null ? new Dictionary<string, string?>() : HostJson.Read(hostJsonPath);

        var environment = Environment.GetEnvironmentVariable(RegistryEnvironment.EnvironmentKey)
            ?? localSettings.GetValueOrDefault(RegistryEnvironment.EnvironmentKey)
            ?? Environments.Development;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = environment });

        // The dev host reads the environment from its settings (RegistryEnvironment), so it sees the name it gives the worker.
        builder.Configuration
            .AddInMemoryCollection([new(RegistryEnvironment.EnvironmentKey, environment)])
            .AddInMemoryCollection(hostJson)
            .AddInMemoryCollection(localSettings)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
        // Addresses come from --urls, ASPNETCORE_URLS or the default, and only loopback ones are taken; set
        // explicitly, they also win over HTTP_PORTS and the like, which bind every interface.
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        builder.WebHost.UseUrls(Loopback.RequireLoopbackUrls(string.IsNullOrWhiteSpace(urls) ? DefaultUrl : urls));
        if (builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            throw new InvalidOperationException("The dev host takes its addresses from --urls or ASPNETCORE_URLS (loopback only), not Kestrel:Endpoints.");
        }

        // The host's own request lines would repeat every URL; the host logs invocations instead. (The worker's
        // lines are not subject to this filter: WorkerLogForwarder writes them as the worker filtered them.)
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddDevHost(new WorkerAppSettings(localSettings, environment));
        return builder;
    }

    public static WebApplication MapDevHost(this WebApplication app)
    {
        app.UseAdminRequestGuard();
        app.MapHttpFunctions();
        app.MapAdminFunctions();
        Staff.DevelopmentTokenEndpoints.MapDevelopmentTokens(app);
        return app;
    }
}

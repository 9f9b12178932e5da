using Registry.DevHost.Admin;
using Registry.DevHost.Configuration;
using Registry.DevHost.Http;
using Registry.Infrastructure.Hosting;

namespace Registry.DevHost;

/// <summary>
/// Builds the development host of design decision D3: the Functions app's own classes on ASP.NET
/// Core, configured as Core Tools configures the worker.
/// </summary>
public static class DevHostApplication
{
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Configuration, lowest first: host.json (under <c>AzureFunctionsJobHost</c>), local.settings.json
    /// <c>Values</c>, environment variables, command line. The environment comes from
    /// <c>AZURE_FUNCTIONS_ENVIRONMENT</c> (variable, else local settings, else Development).
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, DevHostOptions options)
    {
        var localSettingsPath = options.LocalSettingsPath ?? SettingsFileLocator.Find(LocalSettings.FileName);
        var hostJsonPath = options.HostJsonPath ?? SettingsFileLocator.Find(HostJson.FileName);
        var localSettings = localSettingsPath is null ? new Dictionary<string, string?>() : LocalSettings.Read(localSettingsPath);
        var hostJson = hostJsonPath is null ? new Dictionary<string, string?>() : HostJson.Read(hostJsonPath);

        var environment = Environment.GetEnvironmentVariable(RegistryEnvironment.EnvironmentKey)
            ?? localSettings.GetValueOrDefault(RegistryEnvironment.EnvironmentKey)
            ?? Environments.Development;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = environment });

        // The app reads the environment from its settings (RegistryEnvironment), so it sees the name the host chose.
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

        // ASP.NET Core logs every request URL at Information; URLs may carry tokens or identifiers the
        // Functions host would not log. The dev host logs invocations instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        options.RegisterServices(builder.Services, builder.Configuration);
        builder.Services.AddDevHost(options.FunctionTypes);
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

using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Functions.Http;
using Registry.Functions.Logging;
using Registry.Functions.Telemetry;
using Registry.Infrastructure;
using Registry.Infrastructure.Hosting;

namespace Registry.Functions;

/// <summary>
/// Everything the function classes need from DI, in one call, so the Functions host
/// (Program.cs) and the development host register exactly the same services.
/// </summary>
public static class FunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);

        // The Azure SDK logs every request at Information and every 4xx answer at Warning, though a 404
        // or 409 is an expected outcome here (a new e-mail, a retried order): noise, and URLs the register
        // would rather not repeat. Real failures surface as exceptions, logged where they are handled.
        services.AddLogging(logging => logging.AddFilter("Azure.Core", LogLevel.Error).AddFilter("Azure", LogLevel.Warning));

        // ASP.NET Core (the worker's own Kestrel behind the Functions host) logs each request's full URL, query
        // string included, and lines that can quote a path, header or body ("Request starting …", routing,
        // bad-request and model-binding details); HttpClient logs every outgoing URL. A query string can carry
        // an e-mail address or a token, so only warnings and errors of these categories are kept.
        services.AddLogging(logging => logging
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
        services.AddRegistryLogRedaction();
        services.AddRegistryTelemetry(configuration);
        services.AddRegistryCore();
        services.AddRegistryInfrastructure(configuration);
        services.AddSingleton<ReplayGuard>();
        services.AddSingleton<SignedClients>();
        services.AddSingleton<FunctionAudiences>();
        services.AddSingleton<ClientGate>();
        services.AddSingleton<Preferences.PreferenceRequests>();
        services.AddOptions<Staff.StaffOptions>().BindConfiguration(Staff.StaffOptions.Section);
        services.AddSingleton<Staff.StaffTokenValidator>();
        services.AddSingleton<Staff.StaffAuthenticator>();
        services.AddSingleton<Staff.StaffGate>();
        services.AddSingleton<Health.HealthReader>();
        services.AddSingleton<Staff.CaseChanges>();
        services.AddSingleton(Console.ConsoleFiles.InDeployment());
        services.AddSingleton<Console.ConsoleSettings>();
        if (RegistryEnvironment.IsDevelopment(configuration))
        {
            services.AddHostedService<DevelopmentStorage>();
        }

        services.AddHostedService<Preferences.LegacySuppressionMove>();

        return services;
    }

    /// <summary>
    /// The HTTP edge (<see cref="HttpEdgeMiddleware"/>) around every HTTP function; queue and timer functions pass by.
    /// Runs inside the ASP.NET Core integration's middleware, so the request's HttpContext is there.
    /// </summary>
    public static IFunctionsWorkerApplicationBuilder UseRegistryHttpEdge(this IFunctionsWorkerApplicationBuilder builder) =>
        builder.UseWhen<HttpEdgeMiddleware>(context =>
            context.FunctionDefinition.InputBindings.Values.Any(binding => string.Equals(binding.Type, "httpTrigger", StringComparison.OrdinalIgnoreCase)));
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Functions.Http;
using Registry.Infrastructure;

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

        // The Azure SDK logs every request and response at Information: noise, and URLs the register
        // would rather not repeat. Its warnings and errors still come through.
        services.AddLogging(logging => logging.AddFilter("Azure", LogLevel.Warning));
        services.AddRegistryCore();
        services.AddRegistryInfrastructure(configuration);
        services.AddSingleton<HttpEndpoint>();
        services.AddSingleton<SignedRequestReader>();
        if (configuration["AZURE_FUNCTIONS_ENVIRONMENT"] == "Development")
        {
            services.AddHostedService<DevelopmentStorage>();
        }

        return services;
    }
}

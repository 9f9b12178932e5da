using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

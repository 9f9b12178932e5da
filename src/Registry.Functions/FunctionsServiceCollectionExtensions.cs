using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        return services;
    }
}

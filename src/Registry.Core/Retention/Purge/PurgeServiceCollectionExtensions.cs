using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.Cases;

namespace Registry.Retention.Purge;

/// <summary>The nightly purge's core services; the rules and the lock and report adapters come from Registry.Infrastructure.</summary>
public static class PurgeServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryPurge(this IServiceCollection services)
    {
        services.AddOptions<PurgeOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Retention purge settings are out of range.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<PurgeMetrics>();
        services.TryAddSingleton<PurgeRunner>();
        services.TryAddSingleton<PurgeScheduling>();
        services.TryAddSingleton<ICaseClosed, CaseFileSchedule>();
        return services;
    }
}

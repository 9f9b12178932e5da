using Microsoft.Extensions.DependencyInjection;
using Registry.Preferences;

namespace Registry.Infrastructure.Preferences;

/// <summary>The table adapters of the preference, unsubscribe and audience features (issue 4).</summary>
internal static class PreferenceAdapters
{
    public static IServiceCollection AddRegistryPreferenceAdapters(this IServiceCollection services)
    {
        services.AddSingleton<IPreferenceStore, TablePreferenceStore>();
        services.AddSingleton<ISuppressionList, TableSuppressionList>();
        services.AddSingleton<LegacySuppressionCopy>();
        services.AddSingleton<Registry.Audiences.IAudienceSource, Audiences.TableAudienceSource>();
        services.AddSingleton<Registry.Audiences.IDisclosureLog, Audiences.TableDisclosureLog>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Registry.Retention;
using Registry.Retention.Purge;

namespace Registry.Infrastructure.Retention;

/// <summary>The purge's storage adapters and the rules this project owns (the subject review rule is registered by its own feature).</summary>
public static class PurgeAdapters
{
    public static IServiceCollection AddRegistryPurgeAdapters(this IServiceCollection services)
    {
        services.AddSingleton<IPurgeLock, BlobPurgeLock>();
        services.AddSingleton<IPurgeReports, BlobPurgeReports>();
        services.AddSingleton<IPurgeRule, CaseFilePurgeRule>();
        services.AddSingleton<IPurgeRule, ExportPurgeRule>();
        services.AddSingleton<IPurgeRule, AuditPurgeRule>();
        services.AddSingleton<IPurgeRule, MarkerPurgeRule>();
        services.AddSingleton<IPurgeSweep, Clients.WebhookIdSweep>();
        return services;
    }
}

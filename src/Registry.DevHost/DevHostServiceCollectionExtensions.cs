using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.DevHost.Admin;
using Registry.DevHost.Catalog;
using Registry.DevHost.Http;
using Registry.DevHost.Invocation;
using Registry.DevHost.Queues;
using Registry.DevHost.Timers;

namespace Registry.DevHost;

/// <summary>The dev host's own services: catalog, invoker, triggers, and the MVC pieces that run <c>IActionResult</c>s.</summary>
public static class DevHostServiceCollectionExtensions
{
    public static IServiceCollection AddDevHost(this IServiceCollection services, IReadOnlyCollection<Type> functionTypes)
    {
        // Built now, so an invalid function stops the host before it listens.
        services.AddSingleton(FunctionCatalog.FromTypes(functionTypes));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FunctionInvoker>();
        services.AddMvcCore();
        services.AddOptions<HttpHostOptions>().BindConfiguration(HttpHostOptions.Section);
        services.AddOptions<QueueHostOptions>()
            .BindConfiguration(QueueHostOptions.Section)
            .Validate(options => options.IsValid, "host.json extensions.queues holds a value the Functions host would reject.")
            .ValidateOnStart();
        services.AddHostedService<QueueFunctionListener>();
        services.AddHostedService<TimerFunctionScheduler>();
        services.AddSingleton<AdminInvocationQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<AdminInvocationQueue>());
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Registry.DevHost.Admin;
using Registry.DevHost.Http;
using Registry.DevHost.Invocation;
using Registry.DevHost.Queues;
using Registry.DevHost.Timers;
using Registry.DevHost.Worker;

namespace Registry.DevHost;

/// <summary>The dev host's own services: the worker and its stream, the invoker, and the triggers.</summary>
public static class DevHostServiceCollectionExtensions
{
    public static IServiceCollection AddDevHost(this IServiceCollection services, WorkerAppSettings workerSettings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(workerSettings);
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section);
        services.AddSingleton<WorkerLogForwarder>();
        services.AddSingleton<WorkerSupervisor>();

        // First: every other service starts once the worker has loaded its functions, and stops before it.
        services.AddHostedService(provider => provider.GetRequiredService<WorkerSupervisor>());
        services.AddSingleton(provider => FunctionTimeout.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<FunctionInvoker>();
        services.AddSingleton<WorkerHttpProxy>();
        services.AddSingleton<HttpRoutes>();
        services.AddOptions<HttpHostOptions>().BindConfiguration(HttpHostOptions.Section);
        services.AddOptions<QueueHostOptions>()
            .BindConfiguration(QueueHostOptions.Section)
            .Validate(options => options.IsValid, "host.json extensions.queues holds a value the Functions host would reject.")
            .ValidateOnStart();
        services.AddHostedService<RouteAnnouncer>();
        services.AddHostedService<QueueFunctionListener>();
        services.AddHostedService<TimerFunctionScheduler>();
        services.AddSingleton<AdminInvocationQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<AdminInvocationQueue>());
        return services;
    }

    // Logs the HTTP routes and the triggers the host does not run, once the worker has reported its functions.
    private sealed class RouteAnnouncer(WorkerSupervisor worker, HttpRoutes routes, ILogger<RouteAnnouncer> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            HttpFunctionEndpoints.LogRoutes(routes.For(worker.Current), logger);
            foreach (var function in worker.Current.Catalog.WithTrigger<Catalog.OtherTriggerDefinition>())
            {
                DevHostLog.TriggerNotRun(logger, function.Name, ((Catalog.OtherTriggerDefinition)function.Trigger).Type);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

using Microsoft.Extensions.Options;
using Registry.DevHost.Catalog;
using Registry.DevHost.Configuration;
using Registry.DevHost.Invocation;
using Registry.DevHost.Worker;

namespace Registry.DevHost.Queues;

/// <summary>
/// Polls the queue of every queue function the worker reports. Queue names and connections are resolved
/// when the host starts (after the worker), so a missing <c>%Setting%</c> or connection string stops
/// start-up with its name.
/// </summary>
public sealed class QueueFunctionListener(
    WorkerSupervisor worker,
    IConfiguration configuration,
    IOptions<QueueHostOptions> options,
    IServiceProvider services) : BackgroundService
{
    private IReadOnlyList<QueuePoller> _pollers = [];

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _pollers = worker.Current.Catalog.WithTrigger<QueueTriggerDefinition>().Select(CreatePoller).ToList();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_pollers.Select(poller => poller.RunAsync(stoppingToken)));

    private QueuePoller CreatePoller(FunctionDefinition function)
    {
        var trigger = (QueueTriggerDefinition)function.Trigger;
        var queueName = AppSettingExpression.Resolve(trigger.QueueNameExpression, configuration);
        var queue = QueueConnections.CreateClient(configuration, trigger.Connection, queueName, options.Value);
        var poisonQueue = QueueConnections.CreateClient(configuration, trigger.Connection, $"{queueName}-poison", options.Value);
        // Built by hand: two QueueClient arguments must not depend on ActivatorUtilities' matching order.
        var handler = new QueueMessageHandler(
            function, queue, poisonQueue, options.Value,
            services.GetRequiredService<FunctionInvoker>(), services.GetRequiredService<ILogger<QueueMessageHandler>>());
        return ActivatorUtilities.CreateInstance<QueuePoller>(services, function, queue, options.Value, handler);
    }
}

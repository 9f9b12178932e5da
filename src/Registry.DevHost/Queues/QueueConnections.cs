using Azure.Storage.Queues;

namespace Registry.DevHost.Queues;

/// <summary>
/// Turns a trigger's <c>Connection</c> name into a queue client the way the host resolves a
/// connection string: the app setting itself, then <c>ConnectionStrings:name</c>, then
/// <c>AzureWebJobs{name}</c>. Identity-based connections (<c>name__queueServiceUri</c>) are for Azure.
/// </summary>
public static class QueueConnections
{
    public static QueueClient CreateClient(IConfiguration configuration, string connection, string queueName, QueueHostOptions options)
    {
        var connectionString = configuration[connection]
            ?? configuration.GetConnectionString(connection)
            ?? configuration[$"AzureWebJobs{connection}"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Connection '{connection}' has no connection string in app settings; the dev host needs one "
                + "(for Azurite: 'UseDevelopmentStorage=true').");
        }

        return new QueueClient(connectionString, queueName, new QueueClientOptions { MessageEncoding = options.MessageEncoding });
    }
}

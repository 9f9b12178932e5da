using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Registry.Infrastructure.Identity;

namespace Registry.Infrastructure.Storage;

/// <summary>
/// Registers the Table, Queue and Blob clients from the <c>RegistryStorage</c> connection, read the way
/// the Functions host reads it for queue triggers: a connection string locally, or identity-based
/// settings in Azure (<c>RegistryStorage__tableServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__blobServiceUri</c>, <c>__clientId</c>), so one setting serves triggers and SDK clients alike.
/// </summary>
internal static class StorageConnection
{
    public static void AddRegistryStorageClients(this AzureClientFactoryBuilder clients, IConfiguration configuration)
    {
        var connectionString = configuration[StorageNames.Connection];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            clients.AddTableServiceClient(connectionString);
            clients.AddQueueServiceClient(connectionString).ConfigureOptions(o => o.MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None);
            clients.AddBlobServiceClient(connectionString);
            return;
        }

        var section = configuration.GetSection(StorageNames.Connection);
        clients.AddTableServiceClient(RequiredUri(section, "tableServiceUri"));
        clients.AddQueueServiceClient(RequiredUri(section, "queueServiceUri")).ConfigureOptions(o => o.MessageEncoding = Azure.Storage.Queues.QueueMessageEncoding.None);
        clients.AddBlobServiceClient(RequiredUri(section, "blobServiceUri"));
        clients.UseCredential(RegistryCredential.Create(configuration));
    }

    private static Uri RequiredUri(IConfigurationSection section, string key) =>
        Uri.TryCreate(section[key], UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"Configuration '{StorageNames.Connection}' needs a connection string or '{StorageNames.Connection}__{key}'.");
}

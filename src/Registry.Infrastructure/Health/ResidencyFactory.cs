using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Registry.Infrastructure.Hosting;
using Registry.Residency;

namespace Registry.Infrastructure.Health;

/// <summary>Builds the residency guard from where the app runs (REGION_NAME, set by Azure) and the endpoints its clients use.</summary>
internal static class ResidencyFactory
{
    public static ResidencyGuard Create(IConfiguration configuration, TableServiceClient tables, QueueServiceClient queues, BlobServiceClient blobs)
    {
        var endpoints = new List<(string, Uri?)> { ("tables", tables.Uri), ("queues", queues.Uri), ("blobs", blobs.Uri) };
        if (configuration["Registry:KeyVault:Uri"] is { Length: > 0 } vault)
        {
            endpoints.Add(("keyVault", Uri.TryCreate(vault, UriKind.Absolute, out var uri) ? uri : null));
        }

        return new ResidencyGuard(new ResidencySettings(configuration["REGION_NAME"], RegistryEnvironment.IsDevelopment(configuration), endpoints));
    }
}

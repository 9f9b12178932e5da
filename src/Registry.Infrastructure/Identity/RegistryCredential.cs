using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Registry.Infrastructure.Identity;

/// <summary>
/// The one token credential of the app's Azure clients: in Azure the user-assigned managed identity
/// named by <c>AZURE_CLIENT_ID</c> (or <c>RegistryStorage__clientId</c>); on a developer machine the
/// developer's own login (Azure CLI, Visual Studio) through the same chain.
/// </summary>
public static class RegistryCredential
{
    public static TokenCredential Create(IConfiguration configuration) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = configuration["AZURE_CLIENT_ID"] is { Length: > 0 } id ? id : configuration["RegistryStorage:clientId"],
        });
}

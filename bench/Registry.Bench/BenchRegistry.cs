using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Infrastructure;
using Registry.Infrastructure.Storage;
using Registry.Privacy.Encryption;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Bench;

/// <summary>
/// The register composed as the hosts compose it (core + Azure adapters, sample settings) with the
/// real clock, tables of its own, and a request counter in every storage client's pipeline.
/// </summary>
public sealed class BenchRegistry(ServiceProvider services) : IAsyncDisposable
{
    public RequestCounter Requests { get; } = services.GetRequiredService<RequestCounter>();

    public TableServiceClient Tables { get; } = services.GetRequiredService<TableServiceClient>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Composes and provisions a register; <paramref name="encrypted"/> false swaps in <see cref="PlaintextFieldCipher"/> for the encryption comparison only.</summary>
    public static async Task<BenchRegistry> StartAsync(
        string connectionString, bool encrypted = true, Action<IServiceCollection>? register = null, CancellationToken cancellationToken = default)
    {
        var values = LocalSettings.Sample();
        values["RegistryStorage"] = connectionString;
        foreach (var table in new[] { "Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression" })
        {
            values[$"Registry:Storage:{table}Table"] = UniqueNames.Table(table);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(new RequestCounter());
        services.AddRegistryCore();
        services.AddRegistryInfrastructure(configuration);
        services.AddSingleton(TimeProvider.System);
        if (!encrypted)
        {
            services.AddSingleton<IFieldCipher, PlaintextFieldCipher>();
        }

        register?.Invoke(services);

        // Azurite serves every query by scanning the whole table: at 100,000 people, sixteen scans in flight outlast the
        // product's 10 s network timeout, and each retry would be counted as a request the design does not make.
        services.AddAzureClients(clients => clients.ConfigureDefaults(options => options.Retry.NetworkTimeout = TimeSpan.FromMinutes(5)));
        services.AddAzureClients(clients => clients.ConfigureDefaults((options, provider) =>
            options.AddPolicy(provider.GetRequiredService<RequestCounter>(), HttpPipelinePosition.PerRetry)));

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        await provider.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(cancellationToken);
        return new BenchRegistry(provider);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

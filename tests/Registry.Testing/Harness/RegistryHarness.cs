using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Infrastructure;
using Registry.Infrastructure.Storage;
using Registry.Testing.Azurite;

namespace Registry.Testing.Harness;

/// <summary>
/// The register composed as the hosts compose it (core + Azure adapters, sample settings), on Azurite,
/// with tables of its own, a fake clock, a request counter, a fault injector and every log record collected.
/// </summary>
public sealed class RegistryHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RegistryHarness(ServiceProvider services, SettableClock time)
    {
        _services = services;
        Time = time;
    }

    public static DateTimeOffset DefaultNow { get; } = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public IServiceProvider Services => _services;

    public SettableClock Time { get; }

    public RequestCounter Requests => _services.GetRequiredService<RequestCounter>();

    public FaultInjector Faults => _services.GetRequiredService<FaultInjector>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public StorageNames Names => _services.GetRequiredService<IOptions<StorageNames>>().Value;

    public TableServiceClient Tables => _services.GetRequiredService<TableServiceClient>();

    public static async Task<RegistryHarness> StartAsync(
        string connectionString, Action<IServiceCollection>? register = null, IDictionary<string, string?>? settings = null)
    {
        var values = LocalSettings.Sample();
        values["RegistryStorage"] = connectionString;
        foreach (var table in new[] { "Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression", "Statistics" })
        {
            values[$"Registry:Storage:{table}Table"] = UniqueNames.Table(table);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new SettableClock(DefaultNow);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(new RequestCounter());
        services.AddSingleton(new FaultInjector());
        services.AddRegistryCore();
        services.AddRegistryInfrastructure(configuration);
        services.AddSingleton<TimeProvider>(time);

        // Last registration wins: a test's replacements (e.g. secrets with several key versions) go after the register's own.
        register?.Invoke(services);
        services.AddAzureClients(clients => clients.ConfigureDefaults((options, provider) =>
        {
            options.AddPolicy(provider.GetRequiredService<FaultInjector>(), HttpPipelinePosition.PerCall);
            options.AddPolicy(provider.GetRequiredService<RequestCounter>(), HttpPipelinePosition.PerRetry);
        }));

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync();
        provider.GetRequiredService<RequestCounter>().Reset();
        return new RegistryHarness(provider, time);
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Every entity of a table, for tests that check storage rather than return values.</summary>
    public async Task<List<TableEntity>> ScanAsync(string table)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in Tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            entities.Add(entity);
        }

        return entities;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

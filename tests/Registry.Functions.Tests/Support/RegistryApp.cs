using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Registry.DevHost;
using Registry.DevHost.Worker;
using Registry.Functions.Tests.Contract;
using Registry.Infrastructure;
using Registry.Infrastructure.Storage;
using Registry.Testing;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Support;

/// <summary>
/// The real Functions app as Azure runs it: the dev host on a free loopback port starts the worker process
/// (Registry.Functions from its build output, its own Program.cs and DI) on the sample settings, on Azurite
/// with tables of its own. Requests go over real HTTP; the worker's log lines arrive in <see cref="Logs"/>.
/// </summary>
public sealed class RegistryApp : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly ServiceProvider _storage;
    private readonly string _folder;

    private RegistryApp(WebApplication host, ServiceProvider storage, string folder, string lettersFolder)
    {
        _host = host;
        _storage = storage;
        _folder = folder;
        LettersFolder = lettersFolder;
        Client = new HttpClient(new SpecCheckingHandler(OpenApiSpec.Instance)) { BaseAddress = new Uri(host.Urls.First()) };
        HostClient = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
    }

    public HttpClient Client { get; }

    /// <summary>Not checked against openapi.yaml: for the dev host's own answers (a failed or timed-out invocation's 500).</summary>
    public HttpClient HostClient { get; }

    /// <summary>The app's own local letter sink (one .eml per letter id), so tests never see each other's letters.</summary>
    public string LettersFolder { get; }

    /// <summary>The dev host's log and the worker's, each line under its own category.</summary>
    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    /// <summary>
    /// The register's core and storage adapters composed in the test process on the app's storage and settings,
    /// for arranging state and reading what the app stored, as an operator's tool would. Nothing in it reaches the
    /// worker: the app under test runs only in the worker process.
    /// </summary>
    public IServiceProvider Storage => _storage;

    public StorageNames Names => _storage.GetRequiredService<IOptions<StorageNames>>().Value;

    /// <summary>The running worker's process id (it changes when the host restarts a crashed worker).</summary>
    public int? WorkerProcessId => _host.Services.GetRequiredService<WorkerSupervisor>().ProcessId;

    /// <summary>The running worker's own Kestrel, where the host proxies HTTP requests.</summary>
    public Uri WorkerHttpUri => _host.Services.GetRequiredService<WorkerSupervisor>().Current.HttpUri;

    /// <summary>Every HTTP route of the functions the running worker reported, as the host routes them.</summary>
    public IReadOnlyList<(string Function, string Pattern, IReadOnlyList<string> Methods)> HttpRoutes =>
        _host.Services.GetRequiredService<Registry.DevHost.Http.HttpRoutes>()
            .For(_host.Services.GetRequiredService<WorkerSupervisor>().Current)
            .Routes.Select(route => (route.Function.Name, route.Pattern, route.Methods)).ToList();

    public static async Task<RegistryApp> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("registry-app-").FullName;
        var values = LocalSettings.Sample().ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        values["RegistryStorage"] = connectionString;
        values["AzureWebJobsStorage"] = connectionString;
        values["Registry__Letters__Folder"] = Path.Combine(folder, "letters");
        foreach (var table in new[] { "Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression", "Statistics" })
        {
            values[$"Registry__Storage__{table}Table"] = UniqueNames.Table(table);
        }

        // Queues and containers of its own too: a message another app left behind never reaches this app's worker.
        values[StorageNames.SubjectRequestsQueueSetting] = UniqueNames.Queue("requests");
        values[StorageNames.OutboundMailQueueSetting] = UniqueNames.Queue("mail");
        values[StorageNames.CaseActionsQueueSetting] = UniqueNames.Queue("actions");
        foreach (var (container, name) in new[] { ("Triage", "triage"), ("Audit", "audit"), ("Exports", "exports"), ("PurgeReports", "reports") })
        {
            values[$"Registry__Storage__{container}Container"] = UniqueNames.Queue(name);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        // The test side's storage is created while the worker starts (both create what is missing; creating is
        // idempotent), and both are done before StartAsync returns, so no request races the creation.
        var creating = StorageSideAsync(values);
        var localSettings = Path.Combine(folder, "local.settings.json");
        await File.WriteAllTextAsync(localSettings, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        var builder = DevHostApplication.CreateBuilder(
            ["--urls", "http://127.0.0.1:0"],
            new DevHostOptions { HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"), LocalSettingsPath = localSettings });
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace);
        var host = builder.Build();
        host.MapDevHost();
        ServiceProvider storage;
        try
        {
            await Task.WhenAll(host.StartAsync(), creating);
            storage = await creating;
        }
        catch
        {
            await host.DisposeAsync();
            if (creating.IsCompletedSuccessfully)
            {
                await (await creating).DisposeAsync();
            }

            Directory.Delete(folder, recursive: true);
            throw;
        }

        return new RegistryApp(host, storage, folder, values["Registry__Letters__Folder"]!);
    }

    public Task<HttpResponseMessage> PostOrderAsync(JsonObject order, string secret = SignedHttp.WebshopSecret) =>
        SendSignedAsync(HttpMethod.Post, "/api/orders", order.ToJsonString(), secret);

    public Task<HttpResponseMessage> SendSignedAsync(
        HttpMethod method, string path, string body, string secret = SignedHttp.WebshopSecret, DateTimeOffset? signedAt = null, string? webhookId = null, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in SignedHttp.Headers(secret, bytes, signedAt ?? DateTimeOffset.UtcNow, webhookId))
        {
            request.Headers.Add(name, value);
        }

        return Client.SendAsync(request);
    }

    /// <summary>
    /// Waits until the worker's letter sender has taken every reference on outbound-mail (and so written its
    /// timeline entries), then reads the sink. A staff action on a case while a letter of it is being sent can meet
    /// the sender's timeline write and answer 409, as it should; tests that do not test that wait here first.
    /// </summary>
    public Task<List<JsonObject>> LettersSentAsync() =>
        LetterSink.DeliveredAsync(LettersFolder, _storage.GetRequiredService<QueueServiceClient>().GetQueueClient(Names.OutboundMailQueue));

    public async Task<List<TableEntity>> ScanAsync(string table)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in _storage.GetRequiredService<TableServiceClient>().GetTableClient(table).QueryAsync<TableEntity>())
        {
            entities.Add(entity);
        }

        return entities;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        HostClient.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // The same settings the worker gets, read as configuration keys (A__B as A:B).
    private static async Task<ServiceProvider> StorageSideAsync(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(p => new KeyValuePair<string, string?>(p.Key.Replace("__", ":", StringComparison.Ordinal), p.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddRegistryCore();
        services.AddRegistryInfrastructure(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync();
        return provider;
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Registry.DevHost;
using Registry.Functions.Tests.Contract;
using Registry.Infrastructure.Storage;
using Registry.Testing;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Support;

/// <summary>
/// The real Functions app (every function class, AddRegistryFunctions, the sample settings) in the dev
/// host on a free loopback port, on Azurite with tables of its own. Requests go over real HTTP.
/// </summary>
public sealed class RegistryApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RegistryApp(WebApplication app, string lettersFolder)
    {
        _app = app;
        LettersFolder = lettersFolder;
        Client = new HttpClient(new SpecCheckingHandler(OpenApiSpec.Instance)) { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    /// <summary>The app's own local letter sink (one .eml per letter id), so tests never see each other's letters.</summary>
    public string LettersFolder { get; }

    public FakeLogCollector Logs => _app.Services.GetFakeLogCollector();

    /// <summary>The dev host's services, as the function classes get them.</summary>
    public IServiceProvider Services => _app.Services;

    public StorageNames Names => _app.Services.GetRequiredService<IOptions<StorageNames>>().Value;

    public static async Task<RegistryApp> StartAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("registry-app-").FullName;
        var values = LocalSettings.Sample().ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        values["RegistryStorage"] = connectionString;
        values["Registry__Letters__Folder"] = Path.Combine(folder, "letters");
        foreach (var table in new[] { "Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression", "Statistics" })
        {
            values[$"Registry__Storage__{table}Table"] = UniqueNames.Table(table);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var localSettings = Path.Combine(folder, "local.settings.json");
        await File.WriteAllTextAsync(localSettings, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        var options = new DevHostOptions
        {
            FunctionTypes = typeof(FunctionsServiceCollectionExtensions).Assembly.GetExportedTypes(),
            RegisterServices = (services, configuration) => services.AddRegistryFunctions(configuration),
            HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"),
            LocalSettingsPath = localSettings,
        };
        var builder = DevHostApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"], options);
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace);
        var app = builder.Build();
        app.MapDevHost();
        await app.StartAsync();
        return new RegistryApp(app, values["Registry__Letters__Folder"]!);
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

    public async Task<List<TableEntity>> ScanAsync(string table)
    {
        var entities = new List<TableEntity>();
        await foreach (var entity in _app.Services.GetRequiredService<TableServiceClient>().GetTableClient(table).QueryAsync<TableEntity>())
        {
            entities.Add(entity);
        }

        return entities;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

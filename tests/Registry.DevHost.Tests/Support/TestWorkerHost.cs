using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Registry.Testing;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Support;

/// <summary>
/// The dev host in this process on a free loopback port with tests/Registry.DevHost.TestWorker as its worker (a
/// real worker process), its own host.json, and queues of its own. What the worker's functions got arrives on the
/// outbox queues (<see cref="OutboxAsync"/>); the host's and the worker's log lines in <see cref="Logs"/>.
/// </summary>
public sealed class TestWorkerHost : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly string _folder;
    private readonly string _connectionString;

    private TestWorkerHost(WebApplication host, string folder, string connectionString, IReadOnlyDictionary<string, string> values)
    {
        _host = host;
        _folder = folder;
        _connectionString = connectionString;
        Values = values;
        Client = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
    }

    /// <summary>The routePrefix of the test worker's own host.json.</summary>
    public const string RoutePrefix = "dev";

    public HttpClient Client { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    public static async Task<TestWorkerHost> StartAsync(string connectionString, JsonObject hostJson, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("devhost-test-worker-").FullName;
        var values = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["TestOutbox"] = UniqueNames.Queue("out"),
            ["TestFailingQueue"] = UniqueNames.Queue("failing"),
            ["TestFlakyQueue"] = UniqueNames.Queue("flaky"),
            ["TestRecordQueue"] = UniqueNames.Queue("record"),
            ["TestTickSchedule"] = "0 0 5 * * *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        // The test worker's own host.json routes under "dev"; the host must route alike unless a test says otherwise.
        var extensions = hostJson["extensions"] as JsonObject ?? [];
        extensions["http"] ??= new JsonObject { ["routePrefix"] = RoutePrefix };
        hostJson["extensions"] = extensions;
        await File.WriteAllTextAsync(Path.Combine(folder, "host.json"), hostJson.ToJsonString());
        await File.WriteAllTextAsync(Path.Combine(folder, "local.settings.json"), JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        var builder = DevHostApplication.CreateBuilder(
            ["--urls", "http://127.0.0.1:0", $"--DevHost:Worker:Directory={WorkerDirectory()}", "--DevHost:Worker:AssemblyName=Registry.DevHost.TestWorker.dll"],
            new DevHostOptions { HostJsonPath = Path.Combine(folder, "host.json"), LocalSettingsPath = Path.Combine(folder, "local.settings.json") });
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace);
        var host = builder.Build();
        host.MapDevHost();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            await host.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }

        return new TestWorkerHost(host, folder, connectionString, values);
    }

    /// <summary>The test worker's build output, for the configuration and framework these tests were built with.</summary>
    public static string WorkerDirectory()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepoPaths.Root, "tests", "Registry.DevHost.TestWorker", "bin", output.Parent!.Name, output.Name);
    }

    public QueueClient Queue(string setting) =>
        new(_connectionString, Values[setting], new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

    /// <summary>Everything the worker's functions recorded under <paramref name="kind"/> so far (peeked, left in place).</summary>
    public async Task<List<string>> OutboxAsync(string kind)
    {
        var queue = new QueueClient(_connectionString, $"{Values["TestOutbox"]}-{kind}", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        return (await queue.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
    }

    /// <summary>How many invocations of <paramref name="function"/> the host has started.</summary>
    public int Runs(string function) =>
        Logs.GetSnapshot().Count(r => r.Message.StartsWith($"Executing '{function}'", StringComparison.Ordinal));

    public Task<HttpResponseMessage> PostAdminAsync(string function, string body, string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/functions/{function}")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.StopAsync();
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

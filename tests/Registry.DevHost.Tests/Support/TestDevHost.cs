using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Registry.DevHost.Tests.Support;

/// <summary>
/// A dev host on a free loopback port, running only the given test functions, with its own
/// host.json and local.settings.json written to a temporary folder (never the developer's files).
/// </summary>
public sealed class TestDevHost : IAsyncDisposable
{
    public const string DefaultHostJson = """
        {
          "version": "2.0",
          "extensions": {
            "queues": {
              "batchSize": 4,
              "newBatchThreshold": 2,
              "maxDequeueCount": 3,
              "visibilityTimeout": "00:00:01",
              "maxPollingInterval": "00:00:00.250",
              "messageEncoding": "none"
            },
            "http": { "routePrefix": "api" }
          }
        }
        """;

    private readonly string _folder;

    private TestDevHost(WebApplication app, string folder)
    {
        App = app;
        _folder = folder;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public InvocationRecorder Recorder => App.Services.GetRequiredService<InvocationRecorder>();

    public FakeLogCollector Logs => App.Services.GetFakeLogCollector();

    public static WebApplicationBuilder CreateBuilder(
        IReadOnlyCollection<Type> functions,
        IReadOnlyDictionary<string, string> values,
        out string folder,
        TimeProvider? time = null,
        string hostJson = DefaultHostJson)
    {
        folder = Directory.CreateTempSubdirectory("devhost-tests-").FullName;
        var hostJsonPath = Path.Combine(folder, "host.json");
        var localSettingsPath = Path.Combine(folder, "local.settings.json");
        File.WriteAllText(hostJsonPath, hostJson);
        File.WriteAllText(localSettingsPath, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        var options = new DevHostOptions
        {
            FunctionTypes = functions,
            HostJsonPath = hostJsonPath,
            LocalSettingsPath = localSettingsPath,
            RegisterServices = (services, _) =>
            {
                services.AddSingleton(time ?? TimeProvider.System);
                services.AddSingleton<InvocationRecorder>();
                services.AddSingleton<BlockingGate>();
            },
        };
        var builder = DevHostApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"], options);
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Debug);
        return builder;
    }

    public static async Task<TestDevHost> StartAsync(
        IReadOnlyCollection<Type> functions,
        IReadOnlyDictionary<string, string> values,
        TimeProvider? time = null,
        string hostJson = DefaultHostJson)
    {
        var app = CreateBuilder(functions, values, out var folder, time, hostJson).Build();
        app.MapDevHost();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }

        return new TestDevHost(app, folder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        App.Services.GetRequiredService<BlockingGate>().Open();
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Registry.DevHost;
using Registry.Testing;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Console.Tests.Support;

/// <summary>
/// The Functions app in the dev host on a free loopback port (the real worker process), on Azurite with tables, queues and containers of its own,
/// started as tests/Registry.Functions.Tests' RegistryApp does. The tests reach it only over HTTP and storage.
/// </summary>
public sealed class ConsoleApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, string?> _values;

    private ConsoleApp(WebApplication app, Dictionary<string, string?> values)
    {
        _app = app;
        _values = values;
        BaseUrl = app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public string BaseUrl { get; }

    public string ConsoleUrl => BaseUrl + "/api/console/";

    public HttpClient Client { get; }

    public string ConnectionString => _values["RegistryStorage"]!;

    public string CasesTable => _values["Registry__Storage__CasesTable"]!;

    /// <summary>Sends a mail and waits until intake has opened its case (the <paramref name="number"/>th case of this app).</summary>
    public async Task MailAsync(string message, int number, bool acknowledged = true)
    {
        await SendMailAsync(message);
        await Mail.WaitForCasesAsync(ConnectionString, CasesTable, number, acknowledged);
    }

    public static async Task<ConsoleApp> StartAsync(string connectionString)
    {
        var values = LocalSettings.Sample().ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        values["RegistryStorage"] = connectionString;
        values["AzureWebJobsStorage"] = connectionString;
        foreach (var table in new[] { "Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression", "Statistics" })
        {
            values[$"Registry__Storage__{table}Table"] = UniqueNames.Table(table);
        }

        values["RegistrySubjectRequestsQueue"] = UniqueNames.Queue("requests");
        values["RegistryOutboundMailQueue"] = UniqueNames.Queue("mail");
        values["RegistryCaseActionsQueue"] = UniqueNames.Queue("actions");
        values["Registry__Storage__TriageContainer"] = UniqueNames.Queue("triage");
        values["Registry__Storage__AuditContainer"] = UniqueNames.Queue("audit");
        values["Registry__Storage__ExportsContainer"] = UniqueNames.Queue("exports");
        values["Registry__Storage__PurgeReportsContainer"] = UniqueNames.Queue("purge");

        var folder = Directory.CreateTempSubdirectory("registry-console-").FullName;
        values["Registry__Letters__Folder"] = Path.Combine(folder, "letters");
        var localSettings = Path.Combine(folder, "local.settings.json");
        await File.WriteAllTextAsync(localSettings, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        var options = new DevHostOptions { HostJsonPath = Path.Combine(RepoPaths.Root, "host.json"), LocalSettingsPath = localSettings };
        var builder = DevHostApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"], options);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapDevHost();
        await app.StartAsync();
        return new ConsoleApp(app, values);
    }

    /// <summary>A mailbox message on subject-requests, as the mailbox connector sends it.</summary>
    public async Task SendMailAsync(string message)
    {
        var queue = new QueueClient(_values["RegistryStorage"], _values["RegistrySubjectRequestsQueue"]);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(message);
    }

    /// <summary>A sample file's order, signed as the web shop.</summary>
    public async Task PostSampleOrderAsync(string sample)
    {
        var body = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "samples", sample));
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (name, value) in SignedHttp.Headers(SignedHttp.WebshopSecret, bytes, DateTimeOffset.UtcNow, null))
        {
            request.Headers.Add(name, value);
        }

        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

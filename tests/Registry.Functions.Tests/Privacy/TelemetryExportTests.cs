using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Registry.Functions.Telemetry;
using Registry.Privacy.Classification;
using Registry.Telemetry;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Privacy;

/// <summary>
/// What the worker exports to Azure Monitor passes through the same redaction as its logs: the pipeline
/// AddRegistryFunctions builds (connection string set, the Azure Monitor exporter included) is given in-memory
/// exporters beside it, and a canary personal value sent in a log, an outgoing request's query and an incoming
/// request's query is found in none of the exported logs, spans or attributes.
/// </summary>
public sealed partial class TelemetryExportTests
{
    private const string SubjectId = "sub_telemetrytest";
    private const string Email = "telemetry.canary.q7@example.fi";

    // An unroutable ingestion endpoint: the Azure Monitor exporter is composed as in Azure but sends nowhere.
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    [Fact]
    public async Task WorkerHost_ExportsLogsSpansAndMetrics_WithoutThePersonalValueOrAnyQueryString()
    {
        var (logs, spans, metrics) = (new List<LogRecord>(), new List<Activity>(), new List<Metric>());
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.ConfigureFunctionsWebApplication();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Services.AddRegistryFunctions(builder.Configuration);
        builder.Services.ConfigureOpenTelemetryLoggerProvider(l => l.AddInMemoryExporter(logs));
        builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        using var host = builder.Build();
        var tracer = host.Services.GetRequiredService<TracerProvider>();
        var meter = host.Services.GetRequiredService<MeterProvider>();

        var logger = host.Services.GetRequiredService<ILogger<TelemetryExportTests>>();
        LogCustomerSeen(logger, SubjectId, Email);
        var exported = logs.Where(l => l.CategoryName == typeof(TelemetryExportTests).FullName).Select(Text).ToList();
        using (var http = new HttpClient())
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://127.0.0.1:9/api/unsubscribe?email={Uri.EscapeDataString(Email)}&sig=abc")));
        }

        host.Services.GetRequiredService<RegistryMetrics>().OrderIngested("webshop");
        tracer.ForceFlush();
        meter.ForceFlush();
        // HttpClient and ASP.NET Core spans are process-wide: the other tests' requests reach this provider too until it is
        // disposed, so the lists are read only after that.
        host.Dispose();

        var log = Assert.Single(exported);
        Assert.Contains(SubjectId, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, log, StringComparison.Ordinal);
        var call = Assert.Single(spans, s => Tags(s).Contains("127.0.0.1:9/api/unsubscribe", StringComparison.Ordinal));
        Assert.Equal("http://127.0.0.1:9/api/unsubscribe", call.GetTagItem("url.full"));
        Assert.All(spans, s => Assert.DoesNotContain(Email, Tags(s), StringComparison.Ordinal));
        Assert.All(spans, s => Assert.DoesNotContain("?", Tags(s), StringComparison.Ordinal));
        Assert.Contains(metrics, m => m.Name == "registry.orders.ingested" && m.MeterName == RegistryMetrics.MeterName);
    }

    [Fact]
    public async Task IncomingRequest_SpanHasItsPathButNotItsQuery()
    {
        var spans = new List<Activity>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Services.AddRegistryTelemetry(builder.Configuration);
        builder.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
        await using var app = builder.Build();
        app.MapGet("/api/unsubscribe", () => Results.Ok());
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync(new Uri($"/api/unsubscribe?email={Uri.EscapeDataString(Email)}&token=t0ken", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        // The server's span ends just after the answer is read here.
        for (var waited = 0; waited < 100 && !spans.ToArray().Any(IsTheRequest); waited++)
        {
            await Task.Delay(50);
        }

        await app.StopAsync();
        await app.DisposeAsync();

        var request = Assert.Single(spans, IsTheRequest);
        Assert.Null(request.GetTagItem("url.query"));
        Assert.All(spans, s => Assert.DoesNotContain(Email, Tags(s), StringComparison.Ordinal));
        Assert.All(spans, s => Assert.DoesNotContain("t0ken", Tags(s), StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAConnectionString_NothingIsSetUpToExport()
    {
        var services = new ServiceCollection();
        services.AddRegistryTelemetry(new ConfigurationBuilder().AddInMemoryCollection(LocalSettings.Sample()).Build());

        Assert.Empty(services);
    }

    [Fact]
    public void HostJson_PutsTheFunctionsHostInOpenTelemetryMode()
    {
        // The host's own telemetry (invocations, its logs) goes out as OpenTelemetry too, correlated with the worker's.
        var hostJson = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Registry.Testing.RepoPaths.Root, "host.json")))!;

        Assert.Equal("OpenTelemetry", hostJson["telemetryMode"]!.GetValue<string>());
    }

    private static bool IsTheRequest(Activity span) => span.GetTagItem("url.path") as string == "/api/unsubscribe";

    private static Dictionary<string, string?> Settings()
    {
        var settings = LocalSettings.Sample();
        settings[TelemetryServiceCollectionExtensions.ConnectionStringSetting] = ConnectionString;
        return settings;
    }

    private static string Text(LogRecord record) => string.Join(
        " | ",
        new[] { record.FormattedMessage, record.Body, record.Exception?.Message }
            .Concat((record.Attributes ?? []).Select(a => $"{a.Key}={a.Value}")));

    private static string Tags(Activity span) => string.Join(
        " | ", span.DisplayName, string.Join(" | ", span.TagObjects.Select(t => $"{t.Key}={t.Value}")));

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {SubjectId} seen with e-mail {Email}")]
    private static partial void LogCustomerSeen(ILogger logger, [PseudonymousIdentifier] string subjectId, [PersonalData] string email);
}

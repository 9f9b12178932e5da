using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Registry.Infrastructure.Identity;
using Registry.Retention.Purge;
using Registry.Telemetry;

namespace Registry.Functions.Telemetry;

/// <summary>
/// OpenTelemetry from the worker to Azure Monitor (logs, traces, the register's metrics), on only when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set: locally nothing is exported. Logs go through the same
/// logger factory as every other provider, so the redaction of <c>[PersonalData]</c> values (Logging/) applies to
/// what is exported (taken as text while the log call runs: <see cref="LogAttributeSnapshot"/>); spans lose their URLs'
/// query strings (<see cref="UrlQueryStripper"/>) before any exporter sees them.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>Authorization=AAD;ClientId=…</c> in Azure (local authentication is disabled on the Application Insights resource).</summary>
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddRegistryTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ConnectionStringSetting] is not { Length: > 0 } connectionString)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithLogging(logging => logging.AddProcessor(new LogAttributeSnapshot()))
            .WithTracing(tracing => tracing
                .AddProcessor(new UrlQueryStripper())
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(RegistryMetrics.MeterName, PurgeMetrics.MeterName))
            .UseAzureMonitorExporter(options =>
            {
                options.ConnectionString = connectionString;

                // Live Metrics streams samples of requests and exceptions outside the pipeline above: off.
                options.EnableLiveMetrics = false;

                // Every span (the register's traffic is small), not the exporter's default rate limit, so the trace of
                // a failed request or letter is always there to read.
                options.TracesPerSecond = null;
                options.SamplingRatio = 1.0F;
                if (configuration[AuthenticationStringSetting]?.Contains("Authorization=AAD", StringComparison.OrdinalIgnoreCase) == true)
                {
                    options.Credential = RegistryCredential.Create(configuration);
                }
            });
        return services;
    }
}

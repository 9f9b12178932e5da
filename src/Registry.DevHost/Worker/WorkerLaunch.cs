using System.Diagnostics;
using System.Globalization;

namespace Registry.DevHost.Worker;

/// <summary>
/// The worker's command line and environment, as the Functions host builds them for a .NET isolated
/// worker: <c>dotnet {app}.dll</c> with the <c>--functions-*</c> switches, the host's environment, and the
/// app settings as environment variables (<c>A:B</c> as <c>A__B</c>; a variable already set wins, as under
/// Core Tools; a setting set to null is removed).
/// </summary>
public static class WorkerLaunch
{
    // Variables meant for the dev host's own web server: the worker's Kestrel picks its own loopback port.
    private static readonly string[] HostOnlyVariables =
        ["ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS", "URLS", "HTTP_PORTS", "HTTPS_PORTS"];

    public static ProcessStartInfo Create(WorkerStart start)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = start.Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(start.Directory, start.AssemblyName),
            "--functions-uri", start.RpcUri.AbsoluteUri,
            "--functions-worker-id", start.WorkerId,
            "--functions-request-id", start.RequestId,
            "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
        })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in HostOnlyVariables)
        {
            info.Environment.Remove(name);
        }

        foreach (var (key, value) in start.AppSettings)
        {
            var name = key.Replace(":", "__", StringComparison.Ordinal);
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else if (Environment.GetEnvironmentVariable(name) is null)
            {
                info.Environment[name] = value;
            }
        }

        info.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        info.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = start.Directory;
        info.Environment["FUNCTIONS_WORKER_DIRECTORY"] = start.Directory;
        info.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = start.EnvironmentName;
        return info;
    }

    // The dotnet muxer that runs the dev host (or, under dotnet test/run, the one the SDK names).
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } sdkHost && File.Exists(sdkHost)
            ? sdkHost
            : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}

/// <summary>One launch of the worker.</summary>
public sealed record WorkerStart(
    string Directory,
    string AssemblyName,
    Uri RpcUri,
    string WorkerId,
    string RequestId,
    IReadOnlyDictionary<string, string?> AppSettings,
    string EnvironmentName);

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Registry.DevHost.Tests.Support;
using Registry.Testing;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.DevHost.Tests.Worker;

/// <summary>The dev host as ./run.sh runs it, in a process of its own with the real worker under it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class HostShutdownTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CtrlC_StopsTheHostAndItsWorker_AndFreesThePort()
    {
        var folder = Directory.CreateTempSubdirectory("devhost-ctrl-c-").FullName;
        try
        {
            var settings = Path.Combine(folder, "local.settings.json");
            var values = LocalSettings.Sample().ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
            values["RegistryStorage"] = azurite.ConnectionString;
            values["AzureWebJobsStorage"] = azurite.ConnectionString;
            await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
            var port = FreePort();
            var host = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { HostAssembly(), "--urls", $"http://127.0.0.1:{port}", $"--{DevHostOptions.LocalSettingsKey}={settings}" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
            })!;
            var output = new List<string>();
            var workerPid = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            host.OutputDataReceived += (_, line) =>
            {
                if (line.Data is null)
                {
                    return;
                }

                lock (output)
                {
                    output.Add(line.Data);
                }

                if (WorkerReady().Match(line.Data) is { Success: true } ready)
                {
                    workerPid.TrySetResult(int.Parse(ready.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            };
            host.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is not null)
                {
                    lock (output)
                    {
                        output.Add(line.Data);
                    }
                }
            };
            host.BeginOutputReadLine();
            host.BeginErrorReadLine();
            try
            {
                var worker = await workerPid.Task.WaitAsync(TimeSpan.FromSeconds(120));
                await WaitUntilListeningAsync(port);

                Signal(host.Id, "INT");

                await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
                await Task.Delay(TimeSpan.FromMilliseconds(200));
                Assert.False(IsRunning(worker), $"Worker {worker} still runs after the host stopped.");
                Assert.True(PortIsFree(port), $"Port {port} is still taken.");
                lock (output)
                {
                    Assert.DoesNotContain(output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
                }
            }
            finally
            {
                if (!host.HasExited)
                {
                    host.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The dev host's own build output, for the configuration and framework these tests were built with.
    private static string HostAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepoPaths.Root, "src", "Registry.DevHost", "bin", output.Parent!.Name, output.Name, "Registry.DevHost.dll");
    }

    [GeneratedRegex(@"Worker ready \(pid (?<pid>\d+)\)")]
    private static partial Regex WorkerReady();

    private static void Signal(int pid, string signal) => Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"Nothing listens on port {port}.");
    }
}

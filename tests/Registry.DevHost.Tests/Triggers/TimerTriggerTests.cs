using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.DevHost.Tests.Support;
using Registry.Testing;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Triggers;

/// <summary>Timer triggers: fired on their NCRONTAB schedule, evaluated in UTC whatever the machine's zone.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TimerTriggerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Timer_FiresOnItsSchedule_WithTheScheduleStatusInUtc()
    {
        await using var host = await TestWorkerHost.StartAsync(
            azurite.ConnectionString, new JsonObject { ["version"] = "2.0" }, new Dictionary<string, string> { ["TestTickSchedule"] = "*/2 * * * * *" });

        var ticks = await Eventually.MatchesAsync(() => host.OutboxAsync("tick"), found => found.Count >= 2, "two runs of the timer");

        var second = ticks[1].Split('|').Select(t => DateTime.Parse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)).ToArray();
        Assert.All(second, t => Assert.Equal(DateTimeKind.Utc, t.Kind));
        Assert.Equal(TimeSpan.FromSeconds(4), second[1] - second[0]); // the run before this one, and the one after
        Assert.Equal(0, second[1].Second % 2);
    }

    [Fact]
    public async Task Timer_OnAMachineInAnotherTimeZone_IsScheduledInUtc()
    {
        var folder = Directory.CreateTempSubdirectory("devhost-timer-zone-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "host.json"), """{"version":"2.0","extensions":{"http":{"routePrefix":"dev"}}}""");
            await File.WriteAllTextAsync(Path.Combine(folder, "local.settings.json"), JsonSerializer.Serialize(new
            {
                IsEncrypted = false,
                Values = new Dictionary<string, string>
                {
                    ["AzureWebJobsStorage"] = azurite.ConnectionString,
                    ["TestOutbox"] = UniqueNames.Queue("out"),
                    ["TestFailingQueue"] = UniqueNames.Queue("failing"),
                    ["TestFlakyQueue"] = UniqueNames.Queue("flaky"),
                    ["TestRecordQueue"] = UniqueNames.Queue("record"),
                    ["TestTickSchedule"] = "0 0 5 * * *",
                },
            }));
            var scheduled = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var start = new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    HostAssembly(), "--urls", "http://127.0.0.1:0",
                    $"--DevHost:LocalSettings={Path.Combine(folder, "local.settings.json")}", $"--DevHost:HostJson={Path.Combine(folder, "host.json")}",
                    $"--DevHost:Worker:Directory={TestWorkerHost.WorkerDirectory()}", "--DevHost:Worker:AssemblyName=Registry.DevHost.TestWorker.dll",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = folder,
                Environment = { ["TZ"] = "Asia/Kolkata" }, // UTC+05:30: a schedule read in local time lands on another instant
            };
            using var host = Process.Start(start)!;
            host.OutputDataReceived += (_, line) =>
            {
                if (line.Data?.Contains("Timer function Ticks runs on", StringComparison.Ordinal) == true)
                {
                    scheduled.TrySetResult(line.Data);
                }
            };
            host.BeginOutputReadLine();
            host.BeginErrorReadLine();
            try
            {
                var line = await scheduled.Task.WaitAsync(TimeSpan.FromSeconds(120));

                Assert.Matches(@"next at \d{4}-\d\d-\d\dT05:00:00\.0000000\+00:00", line);
            }
            finally
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string HostAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepoPaths.Root, "src", "Registry.DevHost", "bin", output.Parent!.Name, output.Name, "Registry.DevHost.dll");
    }
}

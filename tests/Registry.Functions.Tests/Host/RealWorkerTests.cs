using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Functions.Tests.Host;

/// <summary>The dev host with the real worker process: what happens when the worker fails, hangs or is asked every route.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RealWorkerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task QueueMessage_WorkerKilledWhileRunningIt_IsRedeliveredToANewWorkerAndOpensOneCase()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01",
        });
        var first = app.WorkerProcessId!.Value;
        var queue = app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.SubjectRequestsQueue);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(Message().ToJsonString());

        // The host logs Executing when it sends the invocation; the worker dies then, before or after its first write.
        await WaitAsync(() => app.Logs.GetSnapshot().Any(r => r.Message.StartsWith("Executing 'ReceiveSubjectRequest'", StringComparison.Ordinal)));
        Process.GetProcessById(first).Kill();

        await WaitAsync(() => app.WorkerProcessId is { } next && next != first);
        await WaitAsync(async () => (await CaseRowsAsync(app)).Any(c => c.GetBoolean("Acknowledged") == true));
        await WaitAsync(async () => (await queue.PeekMessagesAsync(1)).Value.Length == 0);
        Assert.Single(await CaseRowsAsync(app));
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Message.Contains($"Worker (pid {first}) exited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_Returned_TheWorkersKestrelTakesConnectionsAndTheFirstRequestIsAnswered()
    {
        // The worker loads its functions before its Kestrel listens; a request proxied in between was refused and the
        // worker failed the invocation 15 s later. Ready means listening too.
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        using (var tcp = new System.Net.Sockets.TcpClient())
        {
            await tcp.ConnectAsync(app.WorkerHttpUri.Host, app.WorkerHttpUri.Port);
        }

        var answered = Stopwatch.StartNew();
        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answered.Elapsed < TimeSpan.FromSeconds(10), $"the first request took {answered.Elapsed}");
    }

    [Fact]
    public async Task Http_TheWorkerDoesNotFinishWithinFunctionTimeout_Answers500Problem()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost__functionTimeout"] = "00:00:00.001",
        });

        using var response = await app.HostClient.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("The function did not finish in time.", problem["title"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_EveryRouteTheWorkerReports_ReachesThatFunction()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        Assert.Contains(app.HttpRoutes, route => route.Function == "IngestOrder");

        foreach (var (function, pattern, methods) in app.HttpRoutes)
        {
            foreach (var method in methods)
            {
                var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*?\*?(\w+)[^}]*\}", "probe-$1");
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await app.Client.SendAsync(request);

                // The worker ran this function for this request (not the host's 404, not a failed invocation).
                Assert.True(
                    response.StatusCode != HttpStatusCode.InternalServerError,
                    $"{method} {path} ({function}): {response.StatusCode}\n"
                    + string.Join('\n', app.Logs.GetSnapshot().Where(r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(r => $"{r.Category}: {r.Message} {r.Exception}")));
                Assert.Contains(app.Logs.GetSnapshot(), r => r.Message.StartsWith($"Executed '{function}' (Succeeded", StringComparison.Ordinal));
            }
        }

        // A path a route takes, with a method it does not: 404 as in the Functions host, and no function runs.
        using var wrongMethod = await app.Client.DeleteAsync("/api/health");
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
    }

    private static async Task<List<Azure.Data.Tables.TableEntity>> CaseRowsAsync(RegistryApp app) =>
        (await app.ScanAsync(app.Names.CasesTable)).Where(e => e.RowKey == "case").ToList();

    private static Task WaitAsync(Func<bool> done) => WaitAsync(() => Task.FromResult(done()));

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var waited = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "Gave up waiting.");
            await Task.Delay(20);
        }
    }

    private static JsonObject Message() => new()
    {
        ["messageId"] = "<crash-1@mail.example>",
        ["receivedAt"] = "2026-11-24T09:15:00+02:00",
        ["channel"] = "email",
        ["from"] = "kaatuva.worker@example.fi",
        ["fromName"] = "Kaatuva Worker",
        ["subject"] = "Subject access request",
        ["body"] = "Please send me a copy of all personal data you hold about me.",
    };
}

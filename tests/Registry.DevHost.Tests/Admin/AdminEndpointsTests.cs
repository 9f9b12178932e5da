using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Tests.TestFunctions;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminEndpointsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Post_QueueFunction_RunsItWithTheInputAsMessage()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/functions/RecordQueue", UriKind.Relative), new { input = """{"messageId":"m-9"}""" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var received = Assert.Single(await host.Recorder.WaitForAsync<ReceivedMessage>(1));
        Assert.Equal("""{"messageId":"m-9"}""", received.Content);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Post_TimerFunction_RunsItNow()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await StartAsync(time);

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/functions/purge", UriKind.Relative), new { input = "" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var fired = Assert.Single(await host.Recorder.WaitForAsync<TimerFired>(1));
        Assert.Equal(time.GetUtcNow(), fired.At);
    }

    [Fact]
    public async Task Post_UnknownFunction_Returns404()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/functions/NoSuchFunction", UriKind.Relative), new { input = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_HttpFunction_IsRefused()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/functions/Ping", UriKind.Relative), new { input = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), log => log.Message.StartsWith("Executing 'Ping'", StringComparison.Ordinal));
    }

    private Task<TestDevHost> StartAsync(TimeProvider? time = null) =>
        TestDevHost.StartAsync(
            [typeof(RecordingQueueFunction), typeof(PurgeTimerFunction), typeof(PingFunction)],
            new Dictionary<string, string>
            {
                ["TestStorage"] = azurite.ConnectionString,
                ["DevHostTests__RecordingQueue"] = UniqueNames.Queue("admin"),
                ["DevHostTests__PurgeSchedule"] = "0 30 0 * * *",
            },
            time);
}

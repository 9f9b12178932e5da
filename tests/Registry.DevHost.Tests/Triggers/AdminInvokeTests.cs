using System.Net;
using System.Text.Json.Nodes;
using Registry.DevHost.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Triggers;

/// <summary><c>POST /admin/functions/{name}</c> against a real worker: what runs, and what the guard refuses.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdminInvokeTests(AzuriteFixture azurite)
{
    private static readonly JsonObject HostJson = new() { ["version"] = "2.0" };

    [Fact]
    public async Task Post_FromABrowserPageOrWithoutJson_IsRefusedAndRunsNothing_FromTheDevelopersTools_Runs()
    {
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson);
        var input = """{"input":"refused"}""";

        var refusals = new (HttpStatusCode Expected, HttpResponseMessage Answer)[]
        {
            (HttpStatusCode.UnsupportedMediaType, await host.PostAdminAsync("Records", input, contentType: "text/plain")),
            (HttpStatusCode.Forbidden, await host.PostAdminAsync("Records", input, configure: r => r.Headers.Host = "attacker.example")),
            (HttpStatusCode.Forbidden, await host.PostAdminAsync("Records", input, configure: r => r.Headers.Add("Origin", "http://attacker.example"))),
            (HttpStatusCode.Forbidden, await host.PostAdminAsync("Records", input, configure: r => r.Headers.Add("Sec-Fetch-Site", "cross-site"))),
        };
        foreach (var (expected, answer) in refusals)
        {
            Assert.Equal(expected, answer.StatusCode);
            answer.Dispose();
        }

        using var accepted = await host.PostAdminAsync("Records", """{"input":"from the developer"}""", configure: r => r.Headers.Add("Sec-Fetch-Site", "none"));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var recorded = await Eventually.MatchesAsync(() => host.OutboxAsync("record"), found => found.Count > 0, "the admin run");
        Assert.Equal(["from the developer"], recorded);
        Assert.Equal(1, host.Runs("Records"));
    }

    [Fact]
    public async Task Post_UnknownOrHttpFunctionOrABodyThatIsNotJson_AnswersAProblemAndRunsNothing()
    {
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson);

        using var unknown = await host.PostAdminAsync("NoSuchFunction", """{"input":""}""");
        using var http = await host.PostAdminAsync("Echo", """{"input":""}""");
        using var notJson = await host.PostAdminAsync("Records", "input=x");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, http.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(0, host.Runs("Records"));
        Assert.Equal(0, host.Runs("Echo"));
    }

    [Fact]
    public async Task Post_TimerFunction_RunsItNowWithoutAScheduleStatus()
    {
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson);

        using var accepted = await host.PostAdminAsync("ticks", """{"input":""}""");

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(["no-status"], await Eventually.MatchesAsync(() => host.OutboxAsync("tick"), found => found.Count > 0, "the admin run"));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Registry.DevHost.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Triggers;

/// <summary>HTTP functions under host.json's routePrefix, routed by the host to a real worker.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpTriggerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Routes_UnderTheConfiguredPrefixOnly_WithTheirMethodsOnly()
    {
        var hostJson = new JsonObject { ["version"] = "2.0", ["extensions"] = new JsonObject { ["http"] = new JsonObject { ["routePrefix"] = TestWorkerHost.RoutePrefix } } };
        await using var host = await TestWorkerHost.StartAsync(azurite.ConnectionString, hostJson);

        using var wrongPrefix = await host.Client.GetAsync("/api/items/42");
        using var wrongMethod = await host.Client.PutAsync("/dev/items/42", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.NotFound, wrongPrefix.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongMethod.StatusCode);
        Assert.Equal(0, host.Runs("Echo"));

        using var routed = await host.Client.GetAsync("/dev/items/42");

        Assert.Equal(HttpStatusCode.OK, routed.StatusCode);
        Assert.Equal("item 42", await routed.Content.ReadAsStringAsync());
        Assert.Equal(1, host.Runs("Echo"));
    }

    [Fact]
    public async Task Start_ARoutePrefixOtherThanTheWorkersHostJson_StopsStartUpNamingBoth()
    {
        // The worker routes by its own host.json ("dev"): a host routing under "" would proxy requests the worker never matches.
        var hostJson = new JsonObject { ["version"] = "2.0", ["extensions"] = new JsonObject { ["http"] = new JsonObject { ["routePrefix"] = "" } } };

        var failure = await Assert.ThrowsAsync<Registry.DevHost.Worker.WorkerStartupException>(() => TestWorkerHost.StartAsync(azurite.ConnectionString, hostJson));

        Assert.Contains("routePrefix ''", failure.Message, StringComparison.Ordinal);
        Assert.Contains("routePrefix 'dev'", failure.Message, StringComparison.Ordinal);
    }
}

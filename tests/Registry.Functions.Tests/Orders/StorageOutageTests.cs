using System.Net;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Orders;

/// <summary>Uses an Azurite of its own, because it stops it.</summary>
public class StorageOutageTests
{
    [Fact]
    public async Task Post_WhileStorageIsDown_Answers503WithRetryAfterAndNoStackTrace()
    {
        var azurite = await AzuriteProcess.StartAsync();
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);
        var before = await app.PostOrderAsync(OrderJson.Valid());
        Assert.True(before.StatusCode == HttpStatusCode.Created, await before.Content.ReadAsStringAsync());

        await azurite.DisposeAsync();
        var response = await app.PostOrderAsync(OrderJson.Valid());

        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.NotNull(response.Headers.RetryAfter);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.DoesNotContain("   at ", problem.ToJsonString(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Health;

[Collection(AzuriteCollection.Name)]
public class HealthApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Get_DevelopmentOnAzurite_IsHealthyWithEveryDependencyOk()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(health["residency"]!["compliant"]!.GetValue<bool>());
        Assert.All(health["dependencies"]!.AsArray(), d => Assert.Equal("ok", d!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_AzuriteOutsideDevelopment_ReportsResidencyFailureAndOrdersAreRefused()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
            ["REGION_NAME"] = "East US",
        });

        var health = await app.Client.GetAsync("/api/health");
        var order = await app.PostOrderAsync(OrderJson.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var verdict = JsonNode.Parse(await health.Content.ReadAsStringAsync())!["residency"]!;
        Assert.False(verdict["compliant"]!.GetValue<bool>());
        Assert.Contains(verdict["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "region" && !c["passed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, order.StatusCode);
    }
}

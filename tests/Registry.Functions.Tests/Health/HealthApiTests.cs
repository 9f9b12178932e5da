using System.Net;
using System.Text.Json.Nodes;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Health;

[Collection(AzuriteCollection.Name)]
public class HealthApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Get_Anonymous_SaysOnlyHealthyNamingNoHost()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"status":"healthy"}""", body);
    }

    [Theory]
    [InlineData(StaffRoles.Reader)]
    [InlineData(StaffRoles.PrivacyOfficer)]
    public async Task Get_WithAStaffToken_ShowsResidencyAndEveryDependencyOk(string role)
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.SendAsync(HttpMethod.Get, "/api/health", StaffApp.Token(role));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("healthy", health["status"]!.GetValue<string>());
        Assert.True(health["residency"]!["compliant"]!.GetValue<bool>());
        Assert.All(health["dependencies"]!.AsArray(), d => Assert.Equal("ok", d!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Get_WithATokenThatIsNotAStaffAccessToken_Answers401WithoutDetail()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString);

        var response = await app.SendAsync(HttpMethod.Get, "/api/health", StaffApp.Token(StaffRoles.Reader, audience: "api://someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("dependencies", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RegionOutsideTheEu_ShowsTheFailingCheckToStaffAndOrdersAreRefused()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["REGION_NAME"] = "East US" });

        var anonymous = await app.Client.GetAsync("/api/health");
        var health = await app.SendAsync(HttpMethod.Get, "/api/health", StaffApp.Token(StaffRoles.Reader));
        var order = await app.PostOrderAsync(OrderJson.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, anonymous.StatusCode);
        Assert.Equal("""{"status":"unhealthy"}""", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var verdict = JsonNode.Parse(await health.Content.ReadAsStringAsync())!["residency"]!;
        Assert.False(verdict["compliant"]!.GetValue<bool>());
        Assert.Contains(verdict["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "region" && !c["passed"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, order.StatusCode);
    }

    [Fact]
    public async Task Get_AzuriteOutsideDevelopment_IsUnhealthyAndOrdersAreRefused()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production",
            ["REGION_NAME"] = "West Europe",
        });

        var health = await app.Client.GetAsync("/api/health");
        var order = await app.PostOrderAsync(OrderJson.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("""{"status":"unhealthy"}""", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, order.StatusCode);
    }
}

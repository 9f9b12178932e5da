using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Registry.DevHost.Tests.Support;
using Registry.Functions.Staff;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Staff;

/// <summary>
/// <c>POST /admin/dev-token</c>, the dev host's own endpoint (next to a real worker): a token in Development only, never in
/// Azure whatever the environment says, and only for the register's roles.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentTokenEndpointsTests(AzuriteFixture azurite)
{
    private static readonly JsonObject HostJson = new() { ["version"] = "2.0" };

    private const string Key = "REVWLU9OTFkgc3RhZmYgdG9rZW4ga2V5IG5vdCBmb3IgcHJvZCEh";
    private const string Audience = "api://registry-test";

    [Fact]
    public async Task Post_InDevelopment_IssuesATokenTheAppAccepts()
    {
        await using var host = await StartAsync("Development");

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/dev-token", UriKind.Relative), new { subject = "dev-1", name = "Dev Officer", roles = new[] { StaffRoles.PrivacyOfficer } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!.GetValue<string>();
        var validated = await Validator("Development").ValidateAsync(token);
        Assert.NotNull(validated);
        Assert.Contains(validated.Claims, c => c.Type == "roles" && c.Value == StaffRoles.PrivacyOfficer);
        Assert.Null(await Validator("Production").ValidateAsync(token));
    }

    [Fact]
    public async Task Post_OutsideDevelopment_IsNotMapped()
    {
        await using var host = await StartAsync("Production");

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/dev-token", UriKind.Relative), new { subject = "dev-1", roles = new[] { StaffRoles.Reader } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID", "5e1c9ad0c3f2")]
    [InlineData("WEBSITE_SITE_NAME", "func-reg-prod")]
    public async Task Post_InAzureThoughTheEnvironmentSaysDevelopment_IsNotMapped(string marker, string value)
    {
        await using var host = await StartAsync("Development", (marker, value));

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/dev-token", UriKind.Relative), new { subject = "dev-1", roles = new[] { StaffRoles.PrivacyOfficer } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_EnvironmentInLowerCase_IssuesAToken()
    {
        await using var host = await StartAsync("development");

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/dev-token", UriKind.Relative), new { subject = "dev-1", roles = new[] { StaffRoles.Reader } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownRole_Answers400()
    {
        await using var host = await StartAsync("Development");

        using var response = await host.Client.PostAsJsonAsync(new Uri("/admin/dev-token", UriKind.Relative), new { subject = "dev-1", roles = new[] { "Registry.Admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<TestWorkerHost> StartAsync(string environment, params (string Key, string Value)[] more) =>
        TestWorkerHost.StartAsync(azurite.ConnectionString, HostJson.DeepClone().AsObject(), new Dictionary<string, string>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment,
            ["Registry__Staff__DevelopmentSigningKey"] = Key,
            ["Registry__Staff__Audience"] = Audience,
        }.Concat(more.Select(m => KeyValuePair.Create(m.Key, m.Value))).ToDictionary());

    private static StaffTokenValidator Validator(string environment) => new(
        Options.Create(new StaffOptions { Audience = Audience, DevelopmentSigningKey = Key }),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment }).Build(),
        TimeProvider.System);
}

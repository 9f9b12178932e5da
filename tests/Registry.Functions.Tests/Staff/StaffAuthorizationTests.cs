using System.Net;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Clients;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Functions.Tests.Staff;

/// <summary>Who may call what (D6): staff tokens for staff endpoints only, client signatures for client endpoints only.</summary>
[Collection(AzuriteCollection.Name)]
public class StaffAuthorizationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StaffEndpoints_AuthorizationMatrix()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (_, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, "<auth-1@mail.example>");
        var verify = $"/api/staff/cases/{reference}/verify";
        var body = new { method = "signed_letter", note = "Signed letter received" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", "not-a-jwt")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader, audience: "api://someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader, age: TimeSpan.FromHours(2)))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SendAsync(HttpMethod.Post, verify, StaffApp.Token(StaffRoles.Reader), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.SendAsync(HttpMethod.Get, "/api/staff/audit?day=2026-01-01", StaffApp.Token(StaffRoles.Reader))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Post, verify, StaffApp.Token(StaffRoles.PrivacyOfficer), body)).StatusCode);
    }

    [Fact]
    public async Task Reader_EveryOfficerAction_Is403_WithoutToken401_AndChangesNothing()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var (subject, email) = await app.CustomerAsync();
        var reference = await app.OpenCaseAsync(email, "<auth-reader@mail.example>");
        // The acknowledgement is sent and recorded on the case's timeline asynchronously: let that settle first.
        await LetterSink.DeliveredAsync(app.LettersFolder, app.Storage.GetRequiredService<QueueServiceClient>().GetQueueClient(app.Names.OutboundMailQueue));
        var before = (await app.SnapshotAsync(app.Names.SubjectsTable)).Concat(await app.SnapshotAsync(app.Names.CasesTable)).ToList();
        var reader = StaffApp.Token(StaffRoles.Reader);
        (HttpMethod Method, string Path, object? Body)[] actions =
        [
            (HttpMethod.Post, $"/api/staff/cases/{reference}/subject", new { subjectId = subject }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/verify", new { method = "signed_letter", note = "n" }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/decision", new { actions = new[] { "erasure" } }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/refuse", new { reasons = "r" }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/extend", new { reason = "r" }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/withdraw", new { note = "n" }),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/notes", new { text = "t" }),
            (HttpMethod.Put, $"/api/staff/subjects/{subject}/legal-claim", new { reason = "r" }),
            (HttpMethod.Delete, $"/api/staff/subjects/{subject}/legal-claim", new { reason = "r" }),
            (HttpMethod.Delete, $"/api/staff/subjects/{subject}/restriction", new { reason = "r" }),
            (HttpMethod.Get, "/api/staff/audit?day=2026-01-01", null),
            (HttpMethod.Post, $"/api/staff/cases/{reference}/refuse/preview", new { reasons = "r" }),
            (HttpMethod.Get, "/api/staff/purge-reports", null),
        ];

        foreach (var (method, path, body) in actions)
        {
            Assert.True(HttpStatusCode.Forbidden == (await app.SendAsync(method, path, reader, body)).StatusCode, $"{method} {path}");
            Assert.True(HttpStatusCode.Unauthorized == (await app.SendAsync(method, path, null, body)).StatusCode, $"{method} {path} without a token");
        }

        Assert.Equal(before, (await app.SnapshotAsync(app.Names.SubjectsTable)).Concat(await app.SnapshotAsync(app.Names.CasesTable)));
    }

    [Fact]
    public async Task ClientSignature_DoesNotOpenStaffEndpoints()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);

        var response = await app.SendSignedAsync(HttpMethod.Get, "/api/staff/cases", "");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task StaffToken_DoesNotOpenClientEndpoints()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new StringContent(OrderJson.Valid().ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", StaffApp.Token(StaffRoles.PrivacyOfficer));

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData(null, false)]
    public async Task DevelopmentIssuer_IsHonouredOnlyInDevelopment(string? environment, bool accepted)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AZURE_FUNCTIONS_ENVIRONMENT"] = environment }).Build();
        var options = Options.Create(new StaffOptions
        {
            Audience = StaffApp.Audience,
            DevelopmentSigningKey = Registry.Testing.Harness.LocalSettings.Sample()["Registry:Staff:DevelopmentSigningKey"],
        });
        var validator = new StaffTokenValidator(options, configuration, TimeProvider.System);

        var token = await validator.ValidateAsync(StaffApp.Token(StaffRoles.PrivacyOfficer));

        Assert.Equal(accepted, token is not null);
    }
}

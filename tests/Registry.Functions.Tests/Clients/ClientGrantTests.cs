using System.Net;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using static Registry.Functions.Tests.Clients.ClientHttp;

namespace Registry.Functions.Tests.Clients;

/// <summary>Default deny: an operation a client is not granted is a 403 naming the grant, and nothing is stored.</summary>
[Collection(AzuriteCollection.Name)]
public class ClientGrantTests(AzuriteFixture azurite)
{
    // TEST-ONLY clients: "kiosk" may only record preferences, "till" may only post orders.
    private const string KioskSecret = "whsec_VEVTVC1PTkxZIGtpb3NrIHNpZ25pbmcgc2VjcmV0ISE=";
    private const string TillSecret = "whsec_VEVTVC1PTkxZIHRpbGwgc2lnbmluZyBzZWNyZXQgMCE=";

    private static readonly Dictionary<string, string?> Clients = new()
    {
        ["Registry__Clients__kiosk__Channels__0"] = "store",
        ["Registry__Clients__kiosk__SigningSecrets__0"] = KioskSecret,
        ["Registry__Clients__kiosk__Operations__0"] = "preferences",
        ["Registry__Clients__till__Channels__0"] = "store",
        ["Registry__Clients__till__SigningSecrets__0"] = TillSecret,
        ["Registry__Clients__till__Operations__0"] = "orders",
    };

    [Fact]
    public async Task PostOrder_ClientWithoutTheOrdersGrant_Answers403AndStoresNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, Clients);

        var response = await app.PostOrderAsync(OrderJson.Valid(channel: "store"), KioskSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Missing grant: orders. Nothing was recorded.", await DetailAsync(response));
        Assert.Empty(await app.ScanAsync(app.Names.SubjectsTable));
        Assert.Empty(await app.ScanAsync(app.Names.LookupTable));
        Assert.Empty(await app.ScanAsync(app.Names.ScheduleTable));
    }

    [Fact]
    public async Task PutBilling_ClientWithoutTheBillingGrant_Answers403AndChangesNothing()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, Clients);
        Assert.Equal(HttpStatusCode.Created, (await app.PostOrderAsync(OrderJson.Valid(orderId: "TILL-1", channel: "store"), TillSecret)).StatusCode);
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);

        var response = await app.SendSignedAsync(HttpMethod.Put, "/api/orders/TILL-1/billing", """{"status":"paid","date":"2026-11-23"}""", TillSecret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Missing grant: billing. Nothing was recorded.", await DetailAsync(response));
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task PutPreferencesAndMintLink_ClientWithoutThoseGrants_Answer403()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, Clients);
        var subject = await app.OrderAsync($"t.{Guid.NewGuid():N}@example.fi", TillSecret, "store");
        var before = await app.SnapshotAsync(app.Names.SubjectsTable);

        var preferences = await app.SendSignedAsync(HttpMethod.Put, $"/api/subjects/{subject}/preferences",
            Preferences.PreferenceJson.Batch(Preferences.PreferenceJson.Event("t1", "direct_marketing", "objected")).ToJsonString(), TillSecret);
        var link = await app.SendSignedAsync(HttpMethod.Post, "/api/unsubscribe-links", $$"""{"subjectId":"{{subject}}","purpose":"direct_marketing"}""", TillSecret);

        Assert.Equal(HttpStatusCode.Forbidden, preferences.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
        Assert.Equal("Missing grant: unsubscribeLinks. Nothing was recorded.", await DetailAsync(link));
        Assert.Equal(before, await app.SnapshotAsync(app.Names.SubjectsTable));
    }

    [Fact]
    public async Task Start_TypoInAnOperationOrCategory_FailsNamingEachSetting()
    {
        var settings = new Dictionary<string, string?>(Clients)
        {
            ["Registry__Clients__kiosk__Operations__1"] = "audience",
            ["Registry__Clients__till__Operations__1"] = "audiences",
            ["Registry__Clients__till__Audiences__direct_marketing__0"] = "e-mail",
        };

        // The worker process refuses to start; the host reports its error output.
        var failure = await Assert.ThrowsAsync<Registry.DevHost.Worker.WorkerStartupException>(() => RegistryApp.StartAsync(azurite.ConnectionString, settings));

        Assert.Contains("Registry__Clients__kiosk__Operations__1", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Registry__Clients__till__Audiences__direct_marketing__0", failure.Message, StringComparison.Ordinal);
    }
}

using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Retention;

[Collection(AzuriteCollection.Name)]
public class WebhookIdSweepTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Night = new(2026, 11, 25, 0, 30, 0, TimeSpan.Zero);
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    [Fact]
    public async Task Run_AfterTheReplayWindow_DeletesExpiredWebhookIds_AndKeepsLiveOnes()
    {
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night);
        await using var _r = registry;
        var ledger = registry.Get<IWebhookIdLedger>();
        await AnsweredAsync(ledger, "msg_old_1");
        await AnsweredAsync(ledger, "msg_old_2");
        time.Advance(WebhookVerifier.ReplayWindow + TimeSpan.FromMinutes(1));
        await AnsweredAsync(ledger, "msg_live");

        var report = await registry.PurgeAsync();

        Assert.Equal("completed", report.Outcome);
        Assert.Equal(2, report.Actions["webhook-id"]);
        Assert.Single(await registry.ScanAsync(registry.Names.DedupeTable));
        Assert.IsType<WebhookIdClaim.Answered>(await ledger.ClaimAsync(Webshop, "msg_live", "fingerprint"));
    }

    [Fact]
    public async Task Run_DryRun_CountsExpiredWebhookIds_AndDeletesNone()
    {
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, Night, dryRun: true);
        await using var _r = registry;
        await AnsweredAsync(registry.Get<IWebhookIdLedger>(), "msg_old");
        time.Advance(WebhookVerifier.ReplayWindow + TimeSpan.FromMinutes(1));

        var report = await registry.PurgeAsync();

        Assert.Equal(1, report.Actions["webhook-id"]);
        Assert.Single(await registry.ScanAsync(registry.Names.DedupeTable));
    }

    private static async Task AnsweredAsync(IWebhookIdLedger ledger, string webhookId)
    {
        var claim = Assert.IsType<WebhookIdClaim.Claimed>(await ledger.ClaimAsync(Webshop, webhookId, "fingerprint"));
        await ledger.CompleteAsync(claim.Ticket, new RememberedAnswer(200, "json", "{}"));
    }
}

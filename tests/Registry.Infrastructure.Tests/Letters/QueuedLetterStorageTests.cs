using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Registry.Cases;
using Registry.Infrastructure.Tests.Cases;
using Registry.Letters;
using Registry.Letters.Delivery;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Letters;

[Collection(AzuriteCollection.Name)]
public class QueuedLetterStorageTests(AzuriteFixture azurite)
{
    private const string Address = "kanaria.linkki@example.fi";
    private const string Link = "https://stdata.blob.core.windows.net/exports/DSR-2026-0001/access-package.json?sv=2025&sig=KANARIA";

    [Fact]
    public async Task Send_AccessNoticeWithLinks_QueuesOnlyItsReferenceAndStoresItSealed()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var letter = Notice(opened.Reference);

        await registry.Get<IOutboundMail>().SendAsync(letter);

        var queue = registry.Get<QueueServiceClient>().GetQueueClient(registry.Names.OutboundMailQueue);
        var messages = (await queue.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        Assert.Contains($$"""{"letterId":"{{letter.LetterId}}","caseReference":"{{opened.Reference.Value}}"}""", messages);
        var rows = await registry.ScanAsync(registry.Names.CasesTable);
        var stored = Assert.Single(rows, r => r.RowKey == $"letter|{letter.LetterId}");
        Assert.Equal(opened.Reference.Value, stored.PartitionKey);
        foreach (var text in messages.Concat(rows.Select(Text)))
        {
            Assert.DoesNotContain(Address, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("KANARIA", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Kanaria Linkki", text, StringComparison.Ordinal);
        }

        var read = await registry.Get<ILetterStore>().GetAsync(new LetterReference(letter.LetterId, opened.Reference));
        Assert.Equal(letter, read!.Letter);
        Assert.Equal(LetterState.Queued, read.State);
    }

    [Fact]
    public async Task Send_SameLetterTwice_StoresItOnceAndKeepsItsState()
    {
        await using var registry = await IntakeHarness.StartAsync(azurite.ConnectionString);
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var letter = Notice(opened.Reference);
        var store = registry.Get<ILetterStore>();
        var reference = new LetterReference(letter.LetterId, opened.Reference);
        await registry.Get<IOutboundMail>().SendAsync(letter);
        var version = await store.ClaimAsync(reference, (await store.GetAsync(reference))!.Version, 1, registry.Time.GetUtcNow());
        Assert.True(await store.RecordAsync(reference, version!, new LetterOutcome(LetterState.Sent, 1, null, registry.Time.GetUtcNow()), null));

        await registry.Get<IOutboundMail>().SendAsync(letter);

        Assert.Equal(LetterState.Sent, (await store.GetAsync(reference))!.State);
        Assert.Single(await registry.ScanAsync(registry.Names.CasesTable), r => r.RowKey == $"letter|{letter.LetterId}");
    }

    private static OutboundLetter Notice(CaseReference reference) => new()
    {
        LetterId = $"{reference.Value}-access-notice",
        Kind = LetterKind.AccessNotice,
        CaseReference = reference,
        Language = CaseLanguage.Fi,
        To = Address,
        ToName = "Kanaria Linkki",
        Subject = $"Tietosi {reference.Value}",
        Body = $"Lataa tietosi: {Link}",
    };

    private static string Text(TableEntity entity) => string.Join('\n', entity.Select(p => p.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
}

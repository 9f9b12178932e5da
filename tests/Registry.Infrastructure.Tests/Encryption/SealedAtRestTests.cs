using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Encryption;

/// <summary>What a storage administrator reading the tables sees: sealed values and identifiers only.</summary>
[Collection(AzuriteCollection.Name)]
public class SealedAtRestTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_PersonalProperties_AreStoredSealed()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = ((IngestOrderOutcome.Created)await registry.IngestAsync(OrderJson.Valid())).Subject;

        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(e => e.PartitionKey == subject.Value).ToList();
        var profile = rows.Single(r => r.RowKey == "profile");
        var order = rows.Single(r => r.RowKey.StartsWith("order|", StringComparison.Ordinal));
        foreach (var (row, property) in new[] { "FirstName", "LastName", "Organisation", "Email", "Phone", "Address" }.Select(p => (profile, p))
                     .Concat(new[] { "BillTo", "InvoiceNumber", "LineTexts" }.Select(p => (order, p))))
        {
            Assert.StartsWith("pd1.dk_", row.GetString(property), StringComparison.Ordinal);
        }

        Assert.Equal(["key|accounting", "key|profile"], rows.Where(r => r.RowKey.StartsWith("key|", StringComparison.Ordinal)).Select(r => r.RowKey).Order());
    }

    [Fact]
    public async Task Ingest_NoTableHoldsAPersonalValueInPlaintext()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "plain.v4lue@example.fi");
        await registry.IngestAsync(order);

        // The same person's next order is appended without a read: its contact snapshot and pending choices too.
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(
            OrderJson.Valid(orderId: "PLAIN-2", email: "plain.v4lue@example.fi", placedAt: RegistryHarness.DefaultNow.AddMinutes(-1))));
        Assert.Contains(await registry.ScanAsync(registry.Names.SubjectsTable), e => e.RowKey.StartsWith("profile|", StringComparison.Ordinal));

        foreach (var table in registry.Names.Tables)
        {
            foreach (var entity in await registry.ScanAsync(table))
            {
                var everything = string.Join('\n', entity.Keys.Select(k => $"{k}={entity[k]}"));
                foreach (var value in new[] { "plain.v4lue", "Maija", "Meikäläinen", "Kehys ja Kuva", "2537284-7", "401234567", "Pariisinkatu", "INV-2026-1001", "Oak frame" })
                {
                    Assert.DoesNotContain(value, everything, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public async Task Ingest_LargestOrderTheLimitsAllow_IsStoredSealedAndReadsBack()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();
        var lines = new System.Text.Json.Nodes.JsonArray();
        for (var i = 0; i < 200; i++)
        {
            lines.Add(new System.Text.Json.Nodes.JsonObject
            {
                ["sku"] = $"SKU-{i}", ["description"] = new string('ä', 497) + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = 1, ["unitPrice"] = 1.00m, ["vatRate"] = 25.5m,
            });
        }

        order["lines"] = lines;
        order["total"] = 200.00m;

        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order)).Subject;

        var stored = Assert.Single((await registry.Get<Registry.Subjects.ISubjectReader>().ReadAsync(subject))!.Orders);
        Assert.Equal(200, stored.Lines.Count);
        Assert.Equal(new string('ä', 497) + "199", stored.Lines[199].Description);
    }
}

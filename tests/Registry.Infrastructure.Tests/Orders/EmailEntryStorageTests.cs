using Azure.Data.Tables;
using Registry.Infrastructure.Preferences;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Orders;

/// <summary>
/// Issue 18: the suppression lives in the e-mail's lookup entry, so a new customer's order reads it with the lookup
/// (5 requests, not 6), and the entry's guarantees hold with it: one person per e-mail, the objection outlives the
/// person, and entries stored in the old <c>Suppression</c> table are moved, not lost.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class EmailEntryStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_NewCustomerCostsFiveRequestsAndReturningCustomerThree()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"count.{Guid.NewGuid():N}@example.fi";

        registry.Requests.Reset();
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-2))));
        var first = registry.Requests.Count;
        registry.Requests.Reset();
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1))));
        var returning = registry.Requests.Count;

        Assert.Equal((5, 3), (first, returning));
    }

    [Fact]
    public async Task Ingest_ConcurrentFirstOrdersForASuppressedAddress_MakeOnePersonWhoStaysObjected()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"quiet.{Guid.NewGuid():N}@example.fi";
        var index = await registry.Get<IBlindIndex>().ForEmailAsync(Audiences.Population.Email(email));
        var objectedAt = RegistryHarness.DefaultNow.AddYears(-1);
        await registry.Get<ISuppressionList>().AddAsync(index, objectedAt); // someone who unsubscribed without being a customer

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
        {
            var order = OrderJson.Valid(orderId: $"QUIET-{i}", email: email, placedAt: RegistryHarness.DefaultNow.AddMinutes(-i));
            order.Remove("preferences");
            return registry.IngestAsync(order);
        })));

        var subject = Assert.Single(outcomes.Select(o => Assert.IsType<IngestOrderOutcome.Created>(o).Subject).Distinct());
        var entry = Assert.Single(await registry.ScanAsync(registry.Names.LookupTable), e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.Equal(subject.Value, entry.GetString("SubjectId"));
        Assert.Equal(objectedAt, entry.GetDateTimeOffset("SuppressedAt"));
        var current = (await registry.ScanAsync(registry.Names.SubjectsTable)).Single(r => r.PartitionKey == subject.Value && r.RowKey == "pref|direct_marketing");
        Assert.Equal("objected", current.GetString("State"));
        Assert.Equal(objectedAt, current.GetDateTimeOffset("OccurredAt"));
    }

    [Fact]
    public async Task ReleaseEmail_KeepsTheSuppressionWithoutTheSubjectAndDeletesAnEntryWithout()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (objector, plain) = ($"gone.{Guid.NewGuid():N}@example.fi", $"plain.{Guid.NewGuid():N}@example.fi");
        var lookup = registry.Get<ISubjectLookup>();
        var blindIndex = registry.Get<IBlindIndex>();
        var (objectorIndex, plainIndex) = (await blindIndex.ForEmailAsync(Audiences.Population.Email(objector)), await blindIndex.ForEmailAsync(Audiences.Population.Email(plain)));
        var (first, second) = (SubjectId.New(), SubjectId.New());
        await lookup.ClaimEmailAsync(objectorIndex, first);
        await lookup.ClaimEmailAsync(plainIndex, second);
        var objectedAt = RegistryHarness.DefaultNow.AddDays(-3);
        await registry.Get<ISuppressionList>().AddAsync(objectorIndex, objectedAt);

        await lookup.ReleaseEmailAsync(objectorIndex, first);
        await lookup.ReleaseEmailAsync(plainIndex, second);

        var left = Assert.Single(await registry.ScanAsync(registry.Names.LookupTable));
        Assert.Equal($"email|{objectorIndex}", left.PartitionKey);
        Assert.Null(left.GetString("SubjectId"));
        Assert.Equal(objectedAt, left.GetDateTimeOffset("SuppressedAt"));
        Assert.Equal(new EmailEntry(null, objectedAt), await lookup.FindEmailAsync(objectorIndex));
        Assert.Null(await lookup.FindByEmailAsync(objectorIndex));
        Assert.Equal(objectedAt, await registry.Get<ISuppressionList>().FindAsync(objectorIndex));
    }

    [Fact]
    public async Task LegacySuppressionRows_AreMovedIntoTheLookupSoANewCustomerStaysObjected()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"legacy.{Guid.NewGuid():N}@example.fi";
        var index = await registry.Get<IBlindIndex>().ForEmailAsync(Audiences.Population.Email(email));
        var objectedAt = RegistryHarness.DefaultNow.AddYears(-2);
        var legacy = registry.Tables.GetTableClient(registry.Names.SuppressionTable);
        await legacy.AddEntityAsync(new TableEntity($"email|{index}", "direct_marketing") { ["ObjectedAt"] = objectedAt });

        Assert.Equal(1, await registry.Get<LegacySuppressionCopy>().MoveAsync());
        Assert.Equal(0, await registry.Get<LegacySuppressionCopy>().MoveAsync());
        var order = OrderJson.Valid(email: email);
        order.Remove("preferences");
        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order)).Subject;

        Assert.Empty(await registry.ScanAsync(registry.Names.SuppressionTable));
        var current = (await registry.ScanAsync(registry.Names.SubjectsTable)).Single(r => r.PartitionKey == subject.Value && r.RowKey == "pref|direct_marketing");
        Assert.Equal("objected", current.GetString("State"));
        Assert.Equal(objectedAt, current.GetDateTimeOffset("OccurredAt"));
    }
}

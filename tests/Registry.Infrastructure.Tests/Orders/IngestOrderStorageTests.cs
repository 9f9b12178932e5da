using Registry.Orders.Ingest;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Orders;

[Collection(AzuriteCollection.Name)]
public class IngestOrderStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_NewCustomer_StoresProfileOrderPreferenceAndSchedule()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);

        var created = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid()));

        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(e => e.PartitionKey == created.Subject.Value).Select(e => e.RowKey).ToList();
        Assert.Contains("profile", rows);
        Assert.Contains($"order|{created.Order}", rows);
        Assert.Contains("pref|direct_marketing", rows);
        Assert.Contains(rows, r => r.StartsWith("prefevent|", StringComparison.Ordinal));
        var review = Assert.Single(await registry.ScanAsync(registry.Names.ScheduleTable));
        Assert.Equal(created.Subject.Value, review.GetString("Target"));
        Assert.Equal("2029-11-20", review.GetString("DueOn"));
        Assert.StartsWith("20291120-", review.PartitionKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameEmailInAnotherCase_FindsTheSameSubject()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var first = await registry.IngestAsync(OrderJson.Valid(email: "Tiina.Tilaaja@Example.FI"));

        var second = await registry.IngestAsync(OrderJson.Valid(email: "tiina.tilaaja@example.fi"));

        Assert.Equal(((IngestOrderOutcome.Created)first).Subject, Assert.IsType<IngestOrderOutcome.Created>(second).Subject);
    }

    [Fact]
    public async Task Ingest_OlderOrderArrivingLate_DoesNotOverwriteNewerContactData()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"late.{Guid.NewGuid():N}@example.fi";
        var newer = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1));
        newer["customer"]!["phone"] = "040 111 1111";
        var older = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-30));
        older["customer"]!["phone"] = "040 222 2222";
        older["customer"]!["address"]!["street"] = "Vanha katu 1";

        var subject = ((IngestOrderOutcome.Created)await registry.IngestAsync(newer)).Subject;
        await registry.IngestAsync(older);

        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.Equal("+358401111111", profile.Phone!.Value.E164);
        Assert.NotEqual("Vanha katu 1", profile.Address!.Value.Street);
        Assert.Equal(2, (await registry.ScanAsync(registry.Names.SubjectsTable)).Count(e => e.RowKey.StartsWith("order|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ingest_NewerOrder_UpdatesContactDataWithItsProvenance()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"moved.{Guid.NewGuid():N}@example.fi";
        var subject = ((IngestOrderOutcome.Created)await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-30)))).Subject;
        var moved = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1), channel: "store");
        moved["customer"]!["address"]!["street"] = "Uusi katu 7";

        var second = (IngestOrderOutcome.Created)await registry.IngestAsync(moved, Registry.Clients.ClientId.Parse("store_helsinki"));

        var address = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!.Address!;
        Assert.Equal("Uusi katu 7", address.Value.Street);
        Assert.Equal("store_helsinki", address.Provenance.Client.Value);
        Assert.Equal(second.Order.Value, address.Provenance.Reference);
    }

    [Fact]
    public async Task Ingest_FiftyConcurrentFirstOrdersForOneNewEmail_MakeExactlyOneSubject()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"rush.{Guid.NewGuid():N}@example.fi";

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => registry.IngestAsync(OrderJson.Valid(orderId: $"RUSH-{i}", email: email, placedAt: RegistryHarness.DefaultNow.AddMinutes(-i))))));

        var subjects = outcomes.Select(o => Assert.IsType<IngestOrderOutcome.Created>(o).Subject).Distinct().ToList();
        Assert.Single(subjects);
        var rows = await registry.ScanAsync(registry.Names.SubjectsTable);
        Assert.Single(rows.Select(r => r.PartitionKey).Distinct());
        Assert.Equal(50, rows.Count(r => r.RowKey.StartsWith("order|", StringComparison.Ordinal)));
        Assert.Single(await registry.ScanAsync(registry.Names.LookupTable), e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.Single(rows, r => r.RowKey == "profile");

        // What every reader sees: orders that lost the e-mail race may have been appended without a read (the blind
        // commit), so the newest order's time can be in a snapshot that the profile row itself does not hold yet.
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subjects[0]))!;
        Assert.Equal(RegistryHarness.DefaultNow, data.Profile!.LastActivityAt); // the newest order's time won every race
    }

    [Fact]
    public async Task Ingest_SameOrderPostedConcurrently_StoresItOnceAndAnswersAlike()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => registry.IngestAsync((System.Text.Json.Nodes.JsonObject)order.DeepClone()))));

        Assert.Single(outcomes.Select(o => o switch
        {
            IngestOrderOutcome.Created c => c.Order,
            IngestOrderOutcome.AlreadyStored s => s.Order,
            _ => throw new InvalidOperationException(o.ToString()),
        }).Distinct());
        Assert.Single(await registry.ScanAsync(registry.Names.SubjectsTable), e => e.RowKey.StartsWith("order|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ingest_SameIdWithDifferentContent_ConflictsAndChangesNothing()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(orderId: "WS-77");
        await registry.IngestAsync(order);
        var before = await registry.ScanAsync(registry.Names.SubjectsTable);
        var changed = (System.Text.Json.Nodes.JsonObject)order.DeepClone();
        changed["customer"]!["email"] = "someone.else@example.fi";

        Assert.IsType<IngestOrderOutcome.ConflictingOrder>(await registry.IngestAsync(changed));
        Assert.Equal(before.Select(e => (e.PartitionKey, e.RowKey, e.ETag)), (await registry.ScanAsync(registry.Names.SubjectsTable)).Select(e => (e.PartitionKey, e.RowKey, e.ETag)));
    }

    [Fact]
    public async Task Ingest_UnknownFields_AreNotStored()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid();
        order["customer"]!["socialSecurityNumber"] = "131052-308T";
        order["customer"]!["favouriteColour"] = "Vermilion-canary";

        var subject = ((IngestOrderOutcome.Created)await registry.IngestAsync(order)).Subject;

        // Everything stored about the person, opened: the extra fields are in none of it.
        var opened = System.Text.Json.JsonSerializer.Serialize(await registry.Get<ISubjectReader>().ReadAsync(subject));
        Assert.Contains("Maija", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("131052", opened, StringComparison.Ordinal);
        Assert.DoesNotContain("Vermilion", opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TableKeys_CarryNoPersonalData()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var order = OrderJson.Valid(email: "canary.k3y5@example.fi");
        order["customer"]!["lastName"] = "Kanarialintu";
        await registry.IngestAsync(order);

        foreach (var table in registry.Names.Tables)
        {
            foreach (var entity in await registry.ScanAsync(table))
            {
                foreach (var canary in new[] { "canary", "k3y5", "Kanarialintu", "Maija", "401234567", "Pariisinkatu", "00550" })
                {
                    Assert.DoesNotContain(canary, entity.PartitionKey + entity.RowKey, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }
}

using Registry.Clients;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Preferences;

[Collection(AzuriteCollection.Name)]
public class PreferenceStorageTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ClientId Webshop = ClientId.Parse("webshop");

    [Fact]
    public async Task Record_ParallelUpdatesForOnePerson_LoseNoEvent()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid())).Subject;
        var events = Enumerable.Range(0, 24).Select(i => Event($"par{i}", ConsentPurpose.MarketResearch,
            i % 4 == 0 ? PreferenceState.Objected : PreferenceState.Consented, T0.AddMinutes(i % 5))).ToList();
        var handler = registry.Get<RecordPreferencesHandler>();

        var outcomes = await Task.WhenAll(events.Select(e => Task.Run(() => handler.HandleAsync(new RecordPreferencesCommand(subject, [e])))));

        Assert.All(outcomes, o => Assert.IsType<RecordPreferencesOutcome.Recorded>(o));
        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.PartitionKey == subject.Value).ToList();
        Assert.Equal(24, rows.Count(r => r.RowKey.StartsWith("prefevent|par", StringComparison.Ordinal)));
        var current = rows.Single(r => r.RowKey == "pref|market_research");
        Assert.Equal("objected", current.GetString("State")); // minute 4: events 4 (an objection), 9, 14, 19: the objection wins the tie
        Assert.Equal(T0.AddMinutes(4), current.GetDateTimeOffset("OccurredAt"));
    }

    [Fact]
    public async Task Record_AfterBlindOrders_RemovesThePendingEventsOfThePurposeItWritesAndKeepsTheOthers()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await BlindCommitStorageTests.WithBlindOrdersAsync(registry);
        var email = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!.Email!.Value.Value;
        var research = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddHours(-2));
        research["preferences"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["purpose"] = "market_research", ["state"] = "consented", ["evidence"] = "checkout-v4" });
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(research));
        Assert.Equal(2, (await PartitionAsync(registry, subject)).Count(r => r.StartsWith("pref|direct_marketing|", StringComparison.Ordinal)));

        var outcome = await registry.Get<RecordPreferencesHandler>().HandleAsync(new RecordPreferencesCommand(subject,
            [Event("page", ConsentPurpose.DirectMarketing, PreferenceState.Objected, RegistryHarness.DefaultNow)]));

        Assert.IsType<RecordPreferencesOutcome.Recorded>(outcome);
        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r.StartsWith("pref|direct_marketing|", StringComparison.Ordinal));
        Assert.Single(rows, r => r.StartsWith("pref|market_research|", StringComparison.Ordinal)); // not this write's purpose
        var preferences = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Preferences;
        Assert.Equal(PreferenceState.Objected, preferences.Single(p => p.Purpose == ConsentPurpose.DirectMarketing).State);
        Assert.Equal(PreferenceState.Consented, preferences.Single(p => p.Purpose == ConsentPurpose.MarketResearch).State);
    }

    [Fact]
    public async Task Record_BatchRepeatingSomeRecordedEvents_StoresOnlyTheNewOnes()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid())).Subject;
        var handler = registry.Get<RecordPreferencesHandler>();
        var first = Event("first", ConsentPurpose.Publication, PreferenceState.Consented, T0);
        await handler.HandleAsync(new RecordPreferencesCommand(subject, [first]));

        var outcome = await handler.HandleAsync(new RecordPreferencesCommand(subject,
            [Event("second", ConsentPurpose.Publication, PreferenceState.Objected, T0.AddHours(1)), first]));

        Assert.Equal(PreferenceState.Objected, Assert.IsType<RecordPreferencesOutcome.Recorded>(outcome).Current[ConsentPurpose.Publication].State);
        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.PartitionKey == subject.Value).Select(r => r.RowKey).ToList();
        Assert.Contains("prefevent|first", rows);
        Assert.Contains("prefevent|second", rows);
    }

    [Fact]
    public async Task Ingest_AfterErasureOfSomeoneWhoObjected_TheNewSubjectStartsObjected()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"erased.{Guid.NewGuid():N}@example.fi";
        var first = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email))).Subject;
        await registry.Get<RecordPreferencesHandler>().HandleAsync(new RecordPreferencesCommand(first,
            [Event("no-more", ConsentPurpose.DirectMarketing, PreferenceState.Objected, T0.AddDays(20))]));
        await EraseAsync(registry, first);

        var order = OrderJson.Valid(email: email);
        order.Remove("preferences");
        var second = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order)).Subject;

        Assert.NotEqual(first, second);
        var current = (await registry.ScanAsync(registry.Names.SubjectsTable)).Single(r => r.PartitionKey == second.Value && r.RowKey == "pref|direct_marketing");
        Assert.Equal("objected", current.GetString("State"));
        Assert.Equal(T0.AddDays(20), current.GetDateTimeOffset("OccurredAt"));
        Assert.Contains("\"suppression_list\"", current.GetString("Provenance"), StringComparison.Ordinal);
        var suppression = Assert.Single(await registry.ScanAsync(registry.Names.LookupTable), e => e.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.Equal((second.Value, T0.AddDays(20)), (suppression.GetString("SubjectId"), suppression.GetDateTimeOffset("SuppressedAt")));
        Assert.DoesNotContain(email, string.Join(' ', suppression.Keys.Select(k => $"{k}={suppression[k]}")), StringComparison.Ordinal);
    }

    /// <summary>What erasure (issue 6) does at the least: the partition goes, the e-mail lookup stops naming the person (as the eraser releases it); the suppression stays.</summary>
    private static async Task EraseAsync(RegistryHarness registry, SubjectId subject)
    {
        var subjects = registry.Tables.GetTableClient(registry.Names.SubjectsTable);
        foreach (var row in (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.PartitionKey == subject.Value))
        {
            await subjects.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        var lookup = registry.Tables.GetTableClient(registry.Names.LookupTable);
        foreach (var row in (await registry.ScanAsync(registry.Names.LookupTable)).Where(r => r.GetString("SubjectId") == subject.Value))
        {
            if (row.PartitionKey.StartsWith("email|", StringComparison.Ordinal))
            {
                await registry.Get<ISubjectLookup>().ReleaseEmailAsync(row.PartitionKey["email|".Length..], subject);
            }
            else
            {
                await lookup.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }
    }

    private static Task<List<string>> PartitionAsync(RegistryHarness registry, SubjectId subject) => BlindCommitStorageTests.PartitionAsync(registry, subject);

    private static PreferenceEvent Event(string id, ConsentPurpose purpose, PreferenceState state, DateTimeOffset at) =>
        new(id, purpose, state, new Provenance("preference_page", Webshop, at, null), null);
}

using Registry.Audiences;
using Registry.Erasure;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Privacy.Encryption;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Orders;

/// <summary>
/// A returning customer's order written without reading the partition (issue 18): the order, a contact snapshot and pending
/// preference events under keys of the order's own, folded by every reader, removed by every writer of the profile.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class BlindCommitStorageTests(AzuriteFixture azurite)
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static TheoryData<int, bool> CrashPoints()
    {
        var data = new TheoryData<int, bool>();
        for (var request = 1; request <= 3; request++)
        {
            data.Add(request, false);
            data.Add(request, true);
        }

        return data;
    }

    /// <summary>The returning path's three requests (lookup read, claim, blind commit), each crashed before and after storage applied it.</summary>
    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task Ingest_ReturningCustomerCrashAtAnyRequestThenRetry_LeavesOneOrderAndTheNewerProfile(int failAt, bool afterSending)
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"crash.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-2))));
        var order = Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1)), "040 999 9999");

        registry.Faults.Reset(failAt, afterSending);
        var firstAttempt = await Record.ExceptionAsync(() => registry.IngestAsync(order));
        registry.Faults.Reset(0, false);
        var retry = await registry.IngestAsync(order);

        Assert.NotNull(firstAttempt);
        var stored = retry switch
        {
            IngestOrderOutcome.Created c => c,
            IngestOrderOutcome.AlreadyStored s => new IngestOrderOutcome.Created(s.Subject, s.Order),
            _ => throw new InvalidOperationException($"Unexpected {retry}"),
        };
        Assert.Equal(subject, stored.Subject);
        var rows = await PartitionAsync(registry, subject);
        Assert.Equal(2, rows.Count(r => r.StartsWith("order|", StringComparison.Ordinal)));
        Assert.Contains($"order|{stored.Order}", rows);
        Assert.Single(rows, r => r.StartsWith("profile|", StringComparison.Ordinal));
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal("+358409999999", data.Profile!.Phone!.Value.E164);
        Assert.Equal(2, data.Orders.Count);
        Assert.All(data.Orders, o => Assert.Equal("Maija", o.BillTo!.FirstName));
    }

    [Fact]
    public async Task Ingest_ReturningCustomer_WritesOrderSnapshotPendingEventAndOwnKeysWithoutTouchingTheProfileRow()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"blind.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-2))));
        var before = await PartitionAsync(registry, subject);

        var second = (IngestOrderOutcome.Created)await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1)));

        var added = (await PartitionAsync(registry, subject)).Except(before).Order(StringComparer.Ordinal).ToList();
        var reference = second.Order.Value;
        Assert.Equal(
            new[]
            {
                $"billing|{reference}|2026-11-23|open", $"key|accounting|{reference}", $"key|profile|{reference}", $"order|{reference}",
                $"pref|direct_marketing|{reference}.direct_marketing", $"prefevent|{reference}.direct_marketing", $"profile|{reference}",
            }.Order(StringComparer.Ordinal),
            added);
    }

    [Fact]
    public async Task Ingest_ManyReturningOrdersAtOnce_StoresEveryOrderAndTheNewestContactData()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"rush.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-20))));

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Task.Run(() =>
            registry.IngestAsync(Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-i)), $"040 100 00{i:00}")))));

        Assert.All(outcomes, o => Assert.Equal(subject, Created(o)));
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal(13, data.Orders.Count);
        Assert.Equal("+358401000001", data.Profile!.Phone!.Value.E164); // placed a day ago: the newest
        Assert.Equal(RegistryHarness.DefaultNow.AddDays(-1), data.Profile.LastActivityAt);
    }

    [Fact]
    public async Task Ingest_OlderOrderArrivingLateWithoutARead_KeepsTheNewerValuesAndItsOwnChoiceStaysBehind()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"late.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-60))));
        var newer = Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1)), "040 111 1111");
        var older = Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-30)), "040 222 2222");
        older["preferences"]![0]!["state"] = "objected";
        newer["preferences"]![0]!["state"] = "consented";

        await registry.IngestAsync(newer);
        var late = (IngestOrderOutcome.Created)await registry.IngestAsync(older);

        Assert.Contains($"profile|{late.Order}", await PartitionAsync(registry, subject)); // written without a read
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal("+358401111111", data.Profile!.Phone!.Value.E164);
        Assert.Equal(PreferenceState.Consented, Assert.Single(data.Preferences, p => p.Purpose == ConsentPurpose.DirectMarketing).State);
    }

    [Fact]
    public async Task Ingest_LateOldOrderWhoseAccountingPeriodEndsSooner_ReadsThePartitionAndSchedulesItsEarlierReview()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"old.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1))));
        var oldPlacedAt = new DateTimeOffset(2021, 3, 10, 12, 0, 0, TimeSpan.Zero); // its Accounting Act period ends 31 Dec 2027

        registry.Requests.Reset();
        Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: oldPlacedAt)));

        Assert.Equal(5, registry.Requests.Count); // lookup, claim, partition read, review entry, commit
        var reviews = (await registry.ScanAsync(registry.Names.ScheduleTable)).Where(e => e.GetString("Target") == subject.Value).Select(e => e.GetString("DueOn"));
        Assert.Contains("2028-01-01", reviews);
        Assert.DoesNotContain(await PartitionAsync(registry, subject), r => r.StartsWith("profile|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadPathOrder_AfterBlindOrders_FoldsAndRemovesTheirSnapshotsKeysAndPendingEvents()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"fold.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-9))));
        await registry.IngestAsync(Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-2)), "040 333 3333"));
        await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-3)));

        Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: new DateTimeOffset(2021, 3, 10, 12, 0, 0, TimeSpan.Zero))));

        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r.StartsWith("profile|", StringComparison.Ordinal) || r.StartsWith("key|profile|", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("pref|direct_marketing|", StringComparison.Ordinal));
        Assert.Equal(2, rows.Count(r => r.StartsWith("key|accounting|", StringComparison.Ordinal))); // the orders' own keys stay with them
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal("+358403333333", data.Profile!.Phone!.Value.E164);
        Assert.Equal(RegistryHarness.DefaultNow.AddDays(-2), data.Profile.LastActivityAt);
        Assert.Equal(4, data.Orders.Count);
        Assert.All(data.Orders, o => Assert.Equal("Maija", o.BillTo!.FirstName));
    }

    [Fact]
    public async Task AudiencePage_SeesTheNewestContactValueAndChoiceFromASnapshot()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"audience.{Guid.NewGuid():N}@example.fi";
        var first = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-9));
        first["preferences"]![0]!["state"] = "objected";
        var subject = Created(await registry.IngestAsync(first));
        var later = Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1)), "040 444 4444");
        later["preferences"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["purpose"] = "market_research", ["state"] = "consented", ["evidence"] = "checkout-v4" });
        await registry.IngestAsync(later);

        var scan = await registry.Get<IAudienceSource>().ScanAsync(null, 1000);

        var candidate = Assert.Single(scan.Candidates, c => c.Subject == subject);
        Assert.Equal("+358404444444", candidate.Contact.Phone!.Value.E164);
        Assert.Equal(PreferenceState.Consented, candidate.Preferences[ConsentPurpose.MarketResearch].State);
        Assert.Equal(PreferenceState.Objected, candidate.Preferences[ConsentPurpose.DirectMarketing].State);
    }

    [Fact]
    public async Task EraseProfile_AfterBlindOrders_LeavesNoSnapshotPendingEventOrTheirKeys()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;

        await registry.Get<SubjectErasure>().EraseAsync(data, null, RegistryHarness.DefaultNow); // the open invoices hold the orders

        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r == "profile" || r.StartsWith("profile|", StringComparison.Ordinal) || r.StartsWith("pref", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("key|profile", StringComparison.Ordinal));
        Assert.Contains("status|erased", rows);
        Assert.Equal(3, rows.Count(r => r.StartsWith("order|", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EraseAll_AfterBlindOrders_LeavesNothingOfThePerson()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);

        await registry.Get<SubjectErasure>().EraseAllAsync((await registry.Get<ISubjectReader>().ReadAsync(subject))!);

        Assert.Empty(await PartitionAsync(registry, subject));
    }

    [Fact]
    public async Task EraseOrders_ABlindOrder_DestroysItsOwnKeyWithIt()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        var blind = data.Orders.Where(o => o.HasOwnKey).ToList();

        await registry.Get<ISubjectEraser>().EraseOrdersAsync(data, blind);

        var rows = await PartitionAsync(registry, subject);
        Assert.Equal(2, blind.Count);
        Assert.DoesNotContain(rows, r => r.StartsWith("key|accounting|", StringComparison.Ordinal));
        Assert.Contains("key|accounting", rows);
        Assert.Single(rows, r => r.StartsWith("order|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShredProfile_DestroysTheKeysOfEverySnapshotToo()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);

        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Profile);

        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r.StartsWith("key|profile", StringComparison.Ordinal));
        Assert.Equal(3, rows.Count(r => r.StartsWith("key|accounting", StringComparison.Ordinal)));
        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.True(profile.Erased);
        Assert.Null(profile.Phone);
    }

    [Fact]
    public async Task BlindCommit_ForAPersonWithoutProfile_FailsAndWritesNothing()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        await registry.Get<SubjectErasure>().EraseAsync(data, null, RegistryHarness.DefaultNow);
        var before = await PartitionAsync(registry, subject);

        var outcome = await registry.Get<ISubjectPartitions>().CommitBlindAsync(await BlindAsync(registry, subject));

        Assert.Equal(CommitOutcome.Conflict, outcome);
        Assert.Equal(before, await PartitionAsync(registry, subject));
    }

    [Fact]
    public async Task BlindCommit_MovesTheProfileVersionOn_SoAWriterThatReadBeforeItFails()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var partitions = registry.Get<ISubjectPartitions>();
        var read = (await partitions.ReadForIngestionAsync(subject))!;

        Assert.Equal(CommitOutcome.Committed, await partitions.CommitBlindAsync(await BlindAsync(registry, subject)));

        var rectified = read.Profile with { Phone = null };
        Assert.Equal(CommitOutcome.Conflict, await partitions.ReplaceProfileAsync(subject, read.Keys, new ProfileWrite(rectified, read.ProfileETag) { Replaces = read.Folded.ProfileRows }));
    }

    [Fact]
    public async Task Rectification_AfterBlindOrders_RemovesTheSnapshotsAndALaterOrderKeepsTheRectifiedValue()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var partitions = registry.Get<ISubjectPartitions>();
        var read = (await partitions.ReadForIngestionAsync(subject))!;
        var rectification = new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, RegistryHarness.DefaultNow.AddHours(-12), "DSR-2026-0009");
        Assert.True(Registry.Contact.PhoneNumber.TryParse("+358405550000", out var corrected));
        var rectified = read.Profile with { Phone = new Sourced<Registry.Contact.PhoneNumber>(corrected, rectification) };

        var outcome = await partitions.ReplaceProfileAsync(subject, read.Keys, new ProfileWrite(rectified, read.ProfileETag) { Replaces = read.Folded.ProfileRows });
        var email = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!.Email!.Value.Value;
        await registry.IngestAsync(Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddHours(-1)), "040 666 6666"));

        Assert.Equal(CommitOutcome.Committed, outcome);
        var rows = await PartitionAsync(registry, subject);
        Assert.Single(rows, r => r.StartsWith("profile|", StringComparison.Ordinal)); // only the later order's
        Assert.Single(rows, r => r.StartsWith("key|profile|", StringComparison.Ordinal));
        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.Equal("+358405550000", profile.Phone!.Value.E164);
        Assert.Equal(RegistryHarness.DefaultNow.AddHours(-1), profile.LastActivityAt);
    }

    [Fact]
    public async Task Erasure_RacingBlindCommits_LeavesNoPersonalRowOrKeyOfTheProfileBehind()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await WithBlindOrdersAsync(registry);
        var partitions = registry.Get<ISubjectPartitions>();
        var commits = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => BlindAsync(registry, subject)));
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;

        var racing = commits.Select(c => Task.Run(() => partitions.CommitBlindAsync(c))).ToList();
        await registry.Get<SubjectErasure>().EraseAsync(data, null, RegistryHarness.DefaultNow);
        var outcomes = await Task.WhenAll(racing);

        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r == "profile" || r.StartsWith("profile|", StringComparison.Ordinal) || r.StartsWith("pref", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("key|profile", StringComparison.Ordinal));
        Assert.All(outcomes, o => Assert.NotEqual(CommitOutcome.AlreadyRecorded, o));
    }

    /// <summary>A first order (read path), then two returning ones written blind, the newer with phone 040 200 0002.</summary>
    internal static async Task<SubjectId> WithBlindOrdersAsync(RegistryHarness registry)
    {
        var email = $"erase.{Guid.NewGuid():N}@example.fi";
        var subject = Created(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-9))));
        Assert.Equal(subject, Created(await registry.IngestAsync(Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-5)), "040 200 0001"))));
        Assert.Equal(subject, Created(await registry.IngestAsync(Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-1)), "040 200 0002"))));
        Assert.Equal(2, (await PartitionAsync(registry, subject)).Count(r => r.StartsWith("profile|", StringComparison.Ordinal)));
        return subject;
    }

    /// <summary>What the handler would commit for another order of the person, without going through the lookup.</summary>
    private static async Task<BlindCommit> BlindAsync(RegistryHarness registry, SubjectId subject)
    {
        var submission = System.Text.Json.JsonSerializer.Deserialize<OrderSubmission>(OrderJson.Valid(placedAt: RegistryHarness.DefaultNow.AddHours(-1)), Web)!;
        var order = registry.Get<OrderValidator>().Validate(submission).Value!;
        var claim = new Registry.Orders.Storage.OrderClaim(Ingestion.Webshop, order.OrderId, subject, Registry.Orders.OrderRef.New(), "hash", RegistryHarness.DefaultNow);
        var calendar = registry.Get<Registry.Retention.RetentionCalendar>();
        return await Task.FromResult(OrderIngestionPlan.Blind(claim, order, calendar, RegistryHarness.DefaultNow)!);
    }

    internal static System.Text.Json.Nodes.JsonObject Phoned(System.Text.Json.Nodes.JsonObject order, string phone)
    {
        order["customer"]!["phone"] = phone;
        return order;
    }

    private static SubjectId Created(IngestOrderOutcome outcome) => Assert.IsType<IngestOrderOutcome.Created>(outcome).Subject;

    internal static async Task<List<string>> PartitionAsync(RegistryHarness registry, SubjectId subject) =>
        (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.PartitionKey == subject.Value).Select(r => r.RowKey).Order(StringComparer.Ordinal).ToList();
}

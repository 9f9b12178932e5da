using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Infrastructure.Tables;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Retention;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Retention;

/// <summary>
/// The purge's review of a person folds away what returning customers' orders appended without a read (issue 18), so a
/// customer who only ever orders blind keeps a bounded partition: one transaction more, only for a person who has such rows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class ReviewCompactionTests(AzuriteFixture azurite)
{
    private const int BlindOrders = 8;
    private static readonly DateOnly Today = DateOnly.FromDateTime(RegistryHarness.DefaultNow.UtcDateTime);

    [Fact]
    public async Task Review_CustomerWithManyBlindOrders_LeavesNoSnapshotKeyOrPendingEventAndReadsTheSame()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (subject, _) = await CustomerAsync(registry, BlindOrders);
        var reader = registry.Get<ISubjectReader>();
        var before = (await reader.ReadAsync(subject))!;
        Assert.Equal(BlindOrders, (await PartitionAsync(registry, subject)).Count(r => r.StartsWith("profile|", StringComparison.Ordinal)));

        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, subject.Value, Today);

        var rows = await PartitionAsync(registry, subject);
        Assert.DoesNotContain(rows, r => r.StartsWith("profile|", StringComparison.Ordinal) || r.StartsWith("key|profile|", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("pref|", StringComparison.Ordinal) && r.IndexOf('|', "pref|".Length) >= 0);
        Assert.Equal(BlindOrders, rows.Count(r => r.StartsWith("key|accounting|", StringComparison.Ordinal))); // the orders' own keys stay
        var after = (await reader.ReadAsync(subject))!;
        Assert.Null(after.Appended);
        Assert.Equal(Json(before.Profile), Json(after.Profile)); // values, provenance and activity alike
        Assert.Equal(Json(before.Preferences.OrderBy(p => p.Purpose)), Json(after.Preferences.OrderBy(p => p.Purpose)));
        Assert.Equal(BlindOrders + 1, after.Orders.Count);
        Assert.All(after.Orders, o => Assert.Equal("Maija", o.BillTo!.FirstName)); // each opens, the blind ones with their own key
    }

    [Fact]
    public async Task Review_BlindOrderBetweenItsReadAndItsWrite_IsNotLostAndTheNextReviewFoldsIt()
    {
        var hook = new ReadHook();
        await using var registry = await HookedAsync(hook);
        var (subject, email) = await CustomerAsync(registry, 3);
        string? late = null;
        hook.Once = async () => late = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(
            BlindCommitStorageTests.Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddHours(-1)), "040 999 0000"))).Order.Value;

        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, subject.Value, Today);

        var rows = await PartitionAsync(registry, subject);
        Assert.Contains($"profile|{late}", rows);
        Assert.Contains($"key|profile|{late}", rows);
        Assert.Contains($"pref|direct_marketing|{late}.direct_marketing", rows);
        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.Equal("+358409990000", profile.Phone!.Value.E164);
        Assert.Equal(RegistryHarness.DefaultNow.AddHours(-1), profile.LastActivityAt);

        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, subject.Value, Today);

        Assert.DoesNotContain(await PartitionAsync(registry, subject), r => r.StartsWith("profile|", StringComparison.Ordinal) || r.StartsWith("key|profile|", StringComparison.Ordinal));
        Assert.Equal("+358409990000", (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!.Phone!.Value.E164);
    }

    [Fact]
    public async Task Review_RectificationBetweenItsReadAndItsWrite_KeepsTheRectifiedValue()
    {
        var hook = new ReadHook();
        await using var registry = await HookedAsync(hook);
        var (subject, _) = await CustomerAsync(registry, 3);
        var partitions = registry.Get<ISubjectPartitions>();
        var rectification = new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, RegistryHarness.DefaultNow.AddHours(-1), "DSR-2026-0010");
        Assert.True(Registry.Contact.PhoneNumber.TryParse("+358405551111", out var corrected));
        hook.Once = async () =>
        {
            var read = (await partitions.ReadForIngestionAsync(subject))!;
            var rectified = read.Profile with { Phone = new Sourced<Registry.Contact.PhoneNumber>(corrected, rectification) };
            // Leaving the snapshots (as a write cut short by the 100 actions may), so only the profile's version stops the review.
            Assert.Equal(CommitOutcome.Committed, await partitions.ReplaceProfileAsync(subject, read.Keys, new ProfileWrite(rectified, read.ProfileETag)));
        };

        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, subject.Value, Today);

        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.Equal("+358405551111", profile.Phone!.Value.E164);
        Assert.Equal(ProvenanceSources.Rectification, profile.Phone.Provenance.Source);
    }

    [Fact]
    public async Task Review_CostsOneTransactionMoreOnlyForAPersonWithAppendedRows()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (plain, _) = await CustomerAsync(registry, 0);
        var (appended, _) = await CustomerAsync(registry, 2);

        registry.Requests.Reset();
        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, plain.Value, Today);
        var withoutAppendedRows = registry.Requests.Count;
        registry.Requests.Reset();
        await registry.ApplyRuleAsync(ScheduledItem.ReviewKind, appended.Value, Today);
        var withAppendedRows = registry.Requests.Count;

        Assert.Equal(1, withoutAppendedRows); // the partition query, as before
        Assert.Equal(withoutAppendedRows + 1, withAppendedRows); // and the compaction's transaction
    }

    /// <summary>A first order (the reading path), then <paramref name="blind"/> returning ones written blind, with varying phones and choices.</summary>
    private static async Task<(SubjectId Subject, string Email)> CustomerAsync(RegistryHarness registry, int blind)
    {
        var email = $"review.{Guid.NewGuid():N}@example.fi";
        var subject = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-40)))).Subject;
        for (var i = 1; i <= blind; i++)
        {
            var order = BlindCommitStorageTests.Phoned(OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow.AddDays(-30 + (i * 3))), $"040 300 00{i:00}");
            order["preferences"]![0]!["state"] = i % 3 == 0 ? "objected" : "consented";
            if (i % 2 == 0)
            {
                order["preferences"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["purpose"] = "market_research", ["state"] = "consented", ["evidence"] = $"checkout-{i}" });
            }

            Assert.Equal(subject, Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order)).Subject);
        }

        return (subject, email);
    }

    private Task<RegistryHarness> HookedAsync(ReadHook hook) => RegistryHarness.StartAsync(azurite.ConnectionString, services =>
    {
        services.AddSingleton<TableSubjectReader>();
        services.AddSingleton<ISubjectReader>(provider => new HookedReader(provider.GetRequiredService<TableSubjectReader>(), hook));
    });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static Task<List<string>> PartitionAsync(RegistryHarness registry, SubjectId subject) => BlindCommitStorageTests.PartitionAsync(registry, subject);

    private sealed class ReadHook
    {
        public Func<Task>? Once { get; set; }
    }

    /// <summary>The real reader, then (once) what a test makes happen between the review's read and its write.</summary>
    private sealed class HookedReader(TableSubjectReader inner, ReadHook hook) : ISubjectReader
    {
        public async Task<SubjectData?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default)
        {
            var data = await inner.ReadAsync(subject, cancellationToken);
            if (hook.Once is { } once)
            {
                hook.Once = null;
                await once();
            }

            return data;
        }
    }
}

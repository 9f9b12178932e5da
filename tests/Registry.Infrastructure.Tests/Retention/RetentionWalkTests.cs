using System.Text.Json.Nodes;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;

namespace Registry.Infrastructure.Tests.Retention;

/// <summary>
/// A small population walked through the years with the real runner and the real review rule: what ingestion
/// scheduled comes due, and each night is checked in storage, not in return values.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class RetentionWalkTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Helsinki = TimeSpan.FromHours(2);

    [Fact]
    public async Task Population_OverTheYears_AnonymisesTheInactiveReschedulesTheActiveAndDropsOrdersOnTheFirstDayAfterTheirPeriod()
    {
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        await using var _ = registry;
        var quiet = await IngestAsync(registry, "WS-WALK-Q1", "quiet", new DateTimeOffset(2026, 3, 1, 12, 0, 0, Helsinki));
        var busy = await IngestAsync(registry, "WS-WALK-B1", "busy", new DateTimeOffset(2026, 3, 1, 12, 0, 0, Helsinki));

        // A second order a year later: the profile's review on 1.3.2029 must find it active again.
        time.SetUtcNow(new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(busy, await IngestAsync(registry, "WS-WALK-B2", "busy", new DateTimeOffset(2027, 6, 1, 12, 0, 0, Helsinki)));

        await NightAsync(registry, time, 2029, 2, 28);
        Assert.Contains("profile", await RowsAsync(registry, quiet));

        await NightAsync(registry, time, 2029, 3, 1);
        var quietRows = await RowsAsync(registry, quiet);
        Assert.DoesNotContain("profile", quietRows);
        Assert.DoesNotContain("key|profile", quietRows);
        Assert.Contains("key|accounting", quietRows);
        Assert.Single(quietRows, r => r.StartsWith("order|", StringComparison.Ordinal));
        Assert.Contains("status|erased", quietRows);
        var statistic = Assert.Single(await registry.ScanAsync(registry.Names.StatisticsTable));
        Assert.Equal("00xxx", statistic.GetString("PostalArea"));
        Assert.Contains("profile", await RowsAsync(registry, busy));
        Assert.Contains(await registry.ScanAsync(registry.Names.ScheduleTable), e => e.GetString("Target") == busy.Value && e.GetString("DueOn") == "2030-06-01");
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.LookupTable), r => r.PartitionKey.StartsWith("email|", StringComparison.Ordinal) && r.GetString("SubjectId") == quiet.Value);

        // Busy's review on 1.6.2030 anonymises them; their 2027 order stays to 31.12.2033.
        await NightAsync(registry, time, 2030, 6, 1);
        Assert.DoesNotContain("profile", await RowsAsync(registry, busy));
        Assert.Equal(2, (await registry.ScanAsync(registry.Names.StatisticsTable)).Count);

        // The Accounting Act boundary: the 2026 orders are kept through 31.12.2032 and go on 1.1.2033.
        await NightAsync(registry, time, 2032, 12, 31);
        Assert.Single(await RowsAsync(registry, quiet), r => r.StartsWith("order|", StringComparison.Ordinal));
        Assert.Equal(2, (await RowsAsync(registry, busy)).Count(r => r.StartsWith("order|", StringComparison.Ordinal)));

        await NightAsync(registry, time, 2033, 1, 1);
        Assert.Empty(await RowsAsync(registry, quiet));
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.LookupTable), r => r.GetString("SubjectId") == quiet.Value);
        Assert.Single(await RowsAsync(registry, busy), r => r.StartsWith("order|", StringComparison.Ordinal));

        await NightAsync(registry, time, 2034, 1, 1);
        Assert.Empty(await RowsAsync(registry, busy));
        Assert.Empty(await registry.ScanAsync(registry.Names.ScheduleTable));
        Assert.Equal(2, (await registry.ScanAsync(registry.Names.StatisticsTable)).Count);

        // A night with nothing due changes nothing.
        await NightAsync(registry, time, 2034, 1, 2);
        Assert.Empty(await registry.ScanAsync(registry.Names.SubjectsTable));
    }

    private static async Task NightAsync(Testing.Harness.RegistryHarness registry, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, int year, int month, int day)
    {
        time.SetUtcNow(new DateTimeOffset(year, month, day, 0, 30, 0, TimeSpan.Zero));
        var report = await registry.PurgeAsync();
        Assert.Equal("completed", report.Outcome);
    }

    private static async Task<List<string>> RowsAsync(Testing.Harness.RegistryHarness registry, SubjectId subject) =>
        (await registry.ScanAsync(registry.Names.SubjectsTable)).Where(r => r.PartitionKey == subject.Value).Select(r => r.RowKey).ToList();

    private static async Task<SubjectId> IngestAsync(Testing.Harness.RegistryHarness registry, string orderId, string person, DateTimeOffset placedAt)
    {
        var order = OrderJson.Valid(orderId, $"{person}.walk@example.fi", placedAt);
        order["billing"]!["invoiceStatus"] = "paid";
        order["preferences"] = new JsonArray();
        var outcome = await registry.IngestAsync(order);
        return outcome switch
        {
            IngestOrderOutcome.Created created => created.Subject,
            var other => throw new InvalidOperationException($"Ingestion answered {other}."),
        };
    }
}

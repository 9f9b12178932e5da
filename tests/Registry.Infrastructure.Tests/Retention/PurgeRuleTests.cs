using Registry.Audit;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Infrastructure.Tests.Cases;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Subjects;
using Registry.Testing.Azurite;

namespace Registry.Infrastructure.Tests.Retention;

[Collection(AzuriteCollection.Name)]
public class PurgeRuleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CaseFile_ClosedCase_KeptToTheDayBeforeThreeYears_DeletedOnTheDay_WithoutPersonalDataInTheReport()
    {
        var closedAt = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, closedAt);
        await using var _r = registry;
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        Assert.IsType<CaseWorkResult.Done>(await registry.Get<CaseWork>().WithdrawAsync(opened.Reference, "dev-officer", "Withdrawn by letter"));
        var entry = Assert.Single(await registry.ScheduleAsync(), e => e.GetString("Kind") == "case");
        Assert.Equal("2029-11-24", entry.GetString("DueOn"));

        time.SetUtcNow(new DateTimeOffset(2029, 11, 23, 0, 30, 0, TimeSpan.Zero));
        var early = await registry.ApplyRuleAsync(PurgeKinds.CaseFile, opened.Reference.Value, new DateOnly(2029, 11, 23));
        Assert.Equal(new DateOnly(2029, 11, 24), early.NextDueOn);
        Assert.NotNull(await registry.Get<ICaseStore>().GetAsync(opened.Reference));

        time.SetUtcNow(new DateTimeOffset(2029, 11, 24, 0, 30, 0, TimeSpan.Zero));
        var report = await registry.PurgeAsync();

        Assert.Equal(1, report.Actions["case-file"]);
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.CasesTable), e => e.PartitionKey == opened.Reference.Value);
        Assert.DoesNotContain(await registry.ScheduleAsync(), e => e.GetString("Kind") == "case");
        var stored = Assert.Single(await registry.ReportsAsync());
        Assert.Contains("\"case-file\": 1", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("kanaria", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tietopyyntö", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(registry.Logs.GetSnapshot(), r => r.Message.Contains("kanaria", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Export_PackageKeptOnDay29_DeletedOnDay30()
    {
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, DateTimeOffset.UtcNow);
        await using var _r = registry;
        var exports = registry.Container(n => n.ExportsContainer);
        await exports.GetBlobClient("DSR-2026-0007/package.zip").UploadAsync(BinaryData.FromString("sealed package"));
        await exports.GetBlobClient("DSR-2026-0008/package.zip").UploadAsync(BinaryData.FromString("another case"));
        var created = DateOnly.FromDateTime((await exports.GetBlobClient("DSR-2026-0007/package.zip").GetPropertiesAsync()).Value.CreatedOn.UtcDateTime);
        await registry.Get<IRetentionSchedule>().ScheduleAsync(new ScheduledItem(PurgeKinds.Export, "DSR-2026-0007", created.AddDays(29)));

        time.SetUtcNow(new DateTimeOffset(created.AddDays(29), new TimeOnly(0, 30), TimeSpan.Zero));
        var early = await registry.PurgeAsync();
        Assert.Equal(created.AddDays(30), Assert.Single(early.Rescheduled).NextDueOn);
        Assert.Equal(2, (await registry.BlobNamesAsync(n => n.ExportsContainer)).Count);

        time.SetUtcNow(new DateTimeOffset(created.AddDays(30), new TimeOnly(0, 30), TimeSpan.Zero));
        var due = await registry.PurgeAsync();

        Assert.Equal(1, due.Actions["export-blob"]);
        Assert.Equal(["DSR-2026-0008/package.zip"], await registry.BlobNamesAsync(n => n.ExportsContainer));
        Assert.Empty(await registry.ScheduleAsync());
    }

    [Fact]
    public async Task Audit_BlobsScheduledWhenWritten_KeptToTheDayBeforeThreeYears_DeletedOnTheDay()
    {
        var now = DateTimeOffset.UtcNow;
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, now);
        await using var _r = registry;
        var subject = SubjectId.New();
        await registry.Get<IAuditLog>().AppendAsync(new AuditEntry
        {
            At = now, ActorId = "dev-officer", Role = "Registry.PrivacyOfficer", Action = "read-subject", SubjectId = subject,
        });
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var entries = (await registry.ScheduleAsync()).Select(e => (e.GetString("Target"), e.GetString("DueOn"))).Order().ToList();
        Assert.Equal([($"day:{today:yyyy-MM-dd}", $"{today.AddYears(3):yyyy-MM-dd}"), ($"subject:{subject.Value}", $"{today.AddYears(3):yyyy-MM-dd}")], entries);

        time.SetUtcNow(new DateTimeOffset(today.AddYears(3).AddDays(-1), new TimeOnly(23, 59), TimeSpan.Zero));
        Assert.Equal(0, (await registry.PurgeAsync()).Items);
        Assert.Equal(2, (await registry.BlobNamesAsync(n => n.AuditContainer)).Count);

        time.SetUtcNow(new DateTimeOffset(today.AddYears(3), new TimeOnly(0, 30), TimeSpan.Zero));
        var report = await registry.PurgeAsync();

        Assert.Equal(2, report.Actions["audit-blob"]);
        Assert.Empty(await registry.BlobNamesAsync(n => n.AuditContainer));
        Assert.Empty(await registry.ScheduleAsync());
    }

    [Fact]
    public async Task Marker_KeptUntil72HoursAfterItWasWritten_ThenDeleted_TheCaseStays()
    {
        var (registry, time) = await PurgeHarness.StartAsync(azurite.ConnectionString, DateTimeOffset.UtcNow);
        await using var _r = registry;
        var opened = await registry.Intake().HandleAsync(IntakeHarness.Queued(IntakeHarness.Message()));
        var markers = (await registry.ScanAsync(registry.Names.CasesTable)).Where(e => e.RowKey == "marker").ToList();
        var marker = Assert.Single(markers);
        Assert.Single(await registry.ScheduleAsync(), e => e.GetString("Kind") == "marker" && e.GetString("Target") == marker.PartitionKey);
        var expires = marker.Timestamp!.Value.AddHours(72);

        time.SetUtcNow(expires.AddSeconds(-1));
        var early = await registry.ApplyRuleAsync(PurgeKinds.Marker, marker.PartitionKey, DateOnly.FromDateTime(expires.UtcDateTime));
        Assert.NotNull(early.NextDueOn);
        Assert.Contains(await registry.ScanAsync(registry.Names.CasesTable), e => e.RowKey == "marker");

        time.SetUtcNow(expires.AddDays(1));
        var report = await registry.PurgeAsync();

        Assert.Equal(1, report.Actions["dedupe-marker"]);
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.CasesTable), e => e.RowKey == "marker");
        Assert.NotNull(await registry.Get<ICaseStore>().GetAsync(opened.Reference));
        Assert.DoesNotContain(await registry.ScheduleAsync(), e => e.GetString("Kind") == "marker");
    }
}

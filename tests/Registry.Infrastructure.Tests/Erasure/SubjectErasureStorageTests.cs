using Registry.Erasure;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Privacy;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Erasure;

/// <summary>Erasure on real Table Storage: what each scope takes, and a crash at every request followed by a retry.</summary>
[Collection(AzuriteCollection.Name)]
public class SubjectErasureStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EraseProfile_TakesContactPreferencesAndLookupAndLeavesTheAccounts()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await IngestAsync(registry);
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;

        await registry.Get<ISubjectEraser>().EraseProfileAsync(data, await registry.Get<IBlindIndex>().ForEmailAsync(data.Profile!.Email!.Value));

        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Select(r => r.RowKey).ToList();
        Assert.DoesNotContain("profile", rows);
        Assert.DoesNotContain("key|profile", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("pref", StringComparison.Ordinal));
        Assert.Contains("key|accounting", rows);
        Assert.Contains(rows, r => r.StartsWith("order|", StringComparison.Ordinal));
        var lookups = await registry.ScanAsync(registry.Names.LookupTable);
        Assert.DoesNotContain(lookups, r => r.PartitionKey.StartsWith("email|", StringComparison.Ordinal));
        Assert.Contains(lookups, r => r.PartitionKey.StartsWith("order|", StringComparison.Ordinal));
        var after = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Null(after.Profile);
        Assert.Equal("Maija", Assert.Single(after.Orders).BillTo!.FirstName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EraseAll_CrashingAtEveryRequestThenRetried_LeavesNothingOfThePerson(bool afterSending)
    {
        for (var failAt = 1; ; failAt++)
        {
            await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
            var email = $"erase.{Guid.NewGuid():N}@example.fi";
            var subject = await IngestAsync(registry, OrderJson.Valid(email: email));
            Assert.Equal(subject, await IngestAsync(registry, OrderJson.Valid(email: email)));
            var erasure = registry.Get<SubjectErasure>();

            registry.Faults.Reset(failAt, afterSending);
            var crashed = false;
            try
            {
                await erasure.EraseAllAsync((await registry.Get<ISubjectReader>().ReadAsync(subject))!);
            }
            catch (Azure.RequestFailedException)
            {
                crashed = true;
            }

            registry.Faults.Reset(0, false);
            if (await registry.Get<ISubjectReader>().ReadAsync(subject) is { } left)
            {
                await erasure.EraseAllAsync(left);
            }

            Assert.DoesNotContain(await registry.ScanAsync(registry.Names.SubjectsTable), r => r.PartitionKey == subject.Value);
            Assert.DoesNotContain(await registry.ScanAsync(registry.Names.LookupTable), r => r.GetString("SubjectId") == subject.Value);
            if (!crashed)
            {
                Assert.True(failAt > 3, "the crash never hit a request");
                return;
            }
        }
    }

    private static async Task<SubjectId> IngestAsync(RegistryHarness registry, System.Text.Json.Nodes.JsonObject? order = null) =>
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order ?? OrderJson.Valid())).Subject;
}

using Registry.Erasure;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Erasure;

/// <summary>
/// Erasing orders by the keys and versions the read saw (the purge's path): no query and no claim read, yet never
/// another person's claim and never a billing row written after the read.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class OrderErasureStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EraseOrders_AsRead_DeletesTheClaimAndTheRowsInTwoRequests()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (subject, orderId) = await IngestAsync(registry, $"erase.{Guid.NewGuid():N}@example.fi");
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;

        registry.Requests.Reset();
        await registry.Get<ISubjectEraser>().EraseOrdersAsync(data, data.Orders);

        Assert.Equal(2, registry.Requests.Count); // the claim at its kept version, and one batch of the order's rows
        var rows = (await registry.ScanAsync(registry.Names.SubjectsTable)).Select(r => r.RowKey).ToList();
        Assert.DoesNotContain(rows, r => r.StartsWith("order|", StringComparison.Ordinal) || r.StartsWith("billing|", StringComparison.Ordinal));
        Assert.Contains("profile", rows);
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.LookupTable), r => r.PartitionKey == $"order|webshop|{orderId}");
    }

    [Fact]
    public async Task EraseOrders_ClaimTakenByAnotherPersonAfterACrash_LeavesThatClaim()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (first, orderId) = await IngestAsync(registry, $"first.{Guid.NewGuid():N}@example.fi");
        var data = (await registry.Get<ISubjectReader>().ReadAsync(first))!;

        // A run deleted the claim and crashed before the rows; the same order id then came for someone else.
        var lookup = registry.Tables.GetTableClient(registry.Names.LookupTable);
        await lookup.DeleteEntityAsync($"order|webshop|{orderId}", "claim");
        var (second, _) = await IngestAsync(registry, $"second.{Guid.NewGuid():N}@example.fi", orderId);
        await registry.Get<ISubjectEraser>().EraseOrdersAsync(data, data.Orders);

        var claim = (await lookup.GetEntityAsync<Azure.Data.Tables.TableEntity>($"order|webshop|{orderId}", "claim")).Value;
        Assert.Equal(second.Value, claim.GetString("SubjectId"));
        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.SubjectsTable), r => r.PartitionKey == first.Value && r.RowKey.StartsWith("order|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EraseOrders_BillingChangedAfterTheRead_TakesTheNewHistoryRowToo()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var (subject, orderId) = await IngestAsync(registry, $"billing.{Guid.NewGuid():N}@example.fi");
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;

        Assert.True(ClientOrderId.TryParse(orderId, out var id));
        var change = new BillingChange(InvoiceStatus.Paid, DateOnly.FromDateTime(RegistryHarness.DefaultNow.UtcDateTime).AddDays(1));
        Assert.IsType<UpdateBillingOutcome.Updated>(await registry.Get<UpdateBillingHandler>().HandleAsync(new UpdateBillingCommand(Ingestion.Webshop, id, change)));
        await registry.Get<ISubjectEraser>().EraseOrdersAsync(data, data.Orders);

        Assert.DoesNotContain(await registry.ScanAsync(registry.Names.SubjectsTable), r => r.RowKey.StartsWith("billing|", StringComparison.Ordinal));
    }

    private static async Task<(SubjectId Subject, string OrderId)> IngestAsync(RegistryHarness registry, string email, string? orderId = null)
    {
        var order = OrderJson.Valid(orderId: orderId, email: email);
        var created = Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order));
        return (created.Subject, order["orderId"]!.GetValue<string>());
    }
}

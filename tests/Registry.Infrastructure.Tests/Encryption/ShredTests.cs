using System.Text.Json;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Privacy.Encryption;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Encryption;

[Collection(AzuriteCollection.Name)]
public class ShredTests(AzuriteFixture azurite)
{
    private static readonly string[] PersonalValues =
        ["Maija", "Meikäläinen", "Kehys ja Kuva", "2537284-7", "+358401234567", "Pariisinkatu", "00550", "INV-2026-1001", "Oak frame", "Anti-reflective"];

    [Fact]
    public async Task Shred_Profile_ProfileReadsErasedWhileAccountingStillReads()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await IngestAsync(registry);

        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Profile);

        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.True(data.Profile!.Erased);
        Assert.Equal([null, null, null, null, null, null], new object?[] { data.Profile.FirstName, data.Profile.LastName, data.Profile.Organisation, data.Profile.Email, data.Profile.Phone, data.Profile.Address });
        Assert.Equal([DataScope.Profile], data.ErasedScopes);
        var order = Assert.Single(data.Orders);
        Assert.Equal("Maija", order.BillTo!.FirstName);
        Assert.Equal("INV-2026-1001", order.Billing.InvoiceNumber);
        Assert.Equal("Oak frame 30×40", order.Lines[0].Description);
    }

    [Fact]
    public async Task Shred_BothScopes_NothingPersonalReadsBackButTheFiguresRemain()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await IngestAsync(registry);

        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Profile);
        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Accounting);

        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal([DataScope.Profile, DataScope.Accounting], data.ErasedScopes.Order());
        var order = Assert.Single(data.Orders);
        Assert.True(order.IsErased);
        Assert.Null(order.Billing.InvoiceNumber);
        Assert.All(order.Lines, line => Assert.Null(line.Description));
        Assert.Equal((118.80m, "EUR", "invoice"), (order.Total, order.Currency, order.Billing.PaymentMethod));
        Assert.Equal([(2, 49.90m, 25.5m), (1, 19.00m, 25.5m)], order.Lines.Select(l => (l.Quantity, l.UnitPrice, l.VatRate)));
        Assert.Equal(new DateOnly(2026, 12, 4), order.Billing.DueDate);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(2)), order.PlacedAt);
        var everything = JsonSerializer.Serialize(data);
        Assert.All(PersonalValues, value => Assert.DoesNotContain(value, everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shred_Twice_IsHarmless()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var subject = await IngestAsync(registry);

        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Accounting);
        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Accounting);

        Assert.Equal([DataScope.Accounting], (await registry.Get<ISubjectReader>().ReadAsync(subject))!.ErasedScopes);
    }

    [Fact]
    public async Task Ingest_AfterProfileShred_SealsNewValuesUnderANewKeyAndOldOnesStayErased()
    {
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString);
        var email = $"again.{Guid.NewGuid():N}@example.fi";
        var subject = await IngestAsync(registry, OrderJson.Valid(email: email));
        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Profile);

        var later = OrderJson.Valid(email: email, placedAt: RegistryHarness.DefaultNow);
        later["customer"]!.AsObject().Remove("phone");
        await registry.IngestAsync(later);

        var profile = (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!;
        Assert.False(profile.Erased);
        Assert.Equal(email, profile.Email!.Value.Value);
        Assert.Null(profile.Phone); // only in the erased profile: it stays gone
    }

    private static async Task<SubjectId> IngestAsync(RegistryHarness registry, System.Text.Json.Nodes.JsonObject? order = null) =>
        Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(order ?? OrderJson.Valid())).Subject;
}

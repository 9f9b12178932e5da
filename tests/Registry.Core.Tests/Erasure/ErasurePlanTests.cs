using Registry.Erasure;
using Registry.Orders.Billing;
using Registry.Retention;

namespace Registry.Core.Tests.Erasure;

public class ErasurePlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void For_OnlyOrdersPastRetentionAndPaid_ErasesEverything()
    {
        var data = new SubjectDataBuilder().WithProfile(DateTimeOffset.UnixEpoch).WithOrder(new DateTimeOffset(2015, 5, 1, 0, 0, 0, TimeSpan.Zero)).Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.True(plan.EraseEverything);
        Assert.Empty(plan.Holds);
        Assert.Null(plan.NextReviewOn);
    }

    [Fact]
    public void For_AnOpenInvoiceAndAnOldPaidOrder_KeepsTheOpenOneAndErasesTheOld()
    {
        var data = new SubjectDataBuilder().WithProfile(DateTimeOffset.UnixEpoch)
            .WithOrder(new DateTimeOffset(2015, 5, 1, 0, 0, 0, TimeSpan.Zero))
            .WithOrder(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), InvoiceStatus.Open).Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.False(plan.EraseEverything);
        Assert.Equal(data.Orders[0], Assert.Single(plan.OrdersToErase));
        Assert.Equal(data.Orders[1], Assert.Single(plan.OrdersKept));
        Assert.Equal([HoldKind.OpenInvoice, HoldKind.AccountingRetention], plan.Holds.Select(h => h.Kind));
        Assert.Equal(Today.AddDays(30), plan.NextReviewOn);
    }

    [Fact]
    public void For_APaidRecentOrder_KeepsItToTheEndOfItsAccountingPeriod()
    {
        var data = new SubjectDataBuilder().WithOrder(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.Equal(new DateOnly(2033, 1, 1), plan.NextReviewOn);
        Assert.Equal(new DateOnly(2032, 12, 31), Assert.Single(plan.Holds).Until);
    }

    [Fact]
    public void For_ASmokeTestOrderInsideItsPeriod_ErasesEverything()
    {
        // The smoke test's synthetic order is no voucher: its erasure must leave nothing (scripts/smoke.sh)
        var data = new SubjectDataBuilder().WithProfile(DateTimeOffset.UnixEpoch)
            .WithOrder(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), client: "smoke_test").Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.True(plan.EraseEverything);
        Assert.Empty(plan.Holds);
    }

    [Fact]
    public void For_ASmokeTestOrderWithAnOpenInvoice_IsStillHeld()
    {
        var data = new SubjectDataBuilder().WithOrder(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), InvoiceStatus.Open, client: "smoke_test").Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.Equal(HoldKind.OpenInvoice, Assert.Single(plan.Holds).Kind);
    }

    [Fact]
    public void For_InCollection_IsADebtCollectionHold()
    {
        var data = new SubjectDataBuilder().WithOrder(new DateTimeOffset(2015, 5, 1, 0, 0, 0, TimeSpan.Zero), InvoiceStatus.InCollection).Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.Equal(HoldKind.DebtCollection, Assert.Single(plan.Holds).Kind);
        Assert.Single(plan.OrdersKept);
    }

    [Fact]
    public void For_ALegalClaim_KeepsEveryOrder()
    {
        var data = new SubjectDataBuilder().WithOrder(new DateTimeOffset(2015, 5, 1, 0, 0, 0, TimeSpan.Zero)).WithLegalClaim().Build();

        var plan = ErasurePlan.For(data, Today, 30);

        Assert.Empty(plan.OrdersToErase);
        Assert.Single(plan.OrdersKept);
    }
}

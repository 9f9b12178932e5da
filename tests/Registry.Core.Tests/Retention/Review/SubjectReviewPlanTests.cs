using Registry.Core.Tests.Erasure;
using Registry.Orders.Billing;
using Registry.Retention;
using Registry.Retention.Review;

namespace Registry.Core.Tests.Retention.Review;

public class SubjectReviewPlanTests
{
    private static readonly DateTimeOffset Helsinki2020 = new(2020, 6, 15, 12, 0, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData(12, 31, "2026-12-31", false)] // calendar financial year: order of 2020 kept to 31.12.2026
    [InlineData(12, 31, "2027-01-01", true)]
    [InlineData(4, 30, "2027-12-31", false)] // year ending 30.4.2021 (it holds June 2020) ends in 2021: kept to 31.12.2027
    [InlineData(4, 30, "2028-01-01", true)]
    public void For_AccountingBoundary_ErasesTheOrderOnTheFirstDayAfterItsPeriod(int endMonth, int endDay, string today, bool erased)
    {
        var options = new RetentionOptions { FinancialYearEndMonth = endMonth, FinancialYearEndDay = endDay, InactiveProfileYears = 30 };
        var data = new SubjectDataBuilder().WithProfile(Helsinki2020.AddYears(5)).WithOrder(Helsinki2020, calendar: new RetentionCalendar(options)).Build();

        var plan = SubjectReviewPlan.For(data, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), new RetentionCalendar(options), options);

        Assert.Equal(erased ? 1 : 0, plan.ExpiredOrders.Count);
        Assert.False(plan.EraseEverything);
    }

    [Fact]
    public void For_InactiveForExactlyTheConfiguredYears_Anonymises()
    {
        var options = new RetentionOptions();
        var data = new SubjectDataBuilder().WithProfile(Helsinki2020).Build();

        var dayBefore = SubjectReviewPlan.For(data, new DateOnly(2023, 6, 14), new RetentionCalendar(options), options);
        var onTheDay = SubjectReviewPlan.For(data, new DateOnly(2023, 6, 15), new RetentionCalendar(options), options);

        Assert.False(dayBefore.AnonymiseProfile);
        Assert.Equal(new DateOnly(2023, 6, 15), dayBefore.NextDueOn);
        Assert.True(onTheDay.AnonymiseProfile);
        Assert.True(onTheDay.EraseEverything);
        Assert.Null(onTheDay.NextDueOn);
    }

    [Fact]
    public void For_ProfileActiveAgain_ReschedulesToTheNewDateAndKeepsIt()
    {
        var options = new RetentionOptions();
        var data = new SubjectDataBuilder().WithProfile(Helsinki2020.AddYears(2)).Build();

        var plan = SubjectReviewPlan.For(data, new DateOnly(2023, 6, 15), new RetentionCalendar(options), options);

        Assert.False(plan.AnonymiseProfile);
        Assert.Contains("profile-active", plan.Kept);
        Assert.Equal(new DateOnly(2025, 6, 15), plan.NextDueOn);
    }

    [Fact]
    public void For_InactiveWithOrdersStillRetained_AnonymisesAndComesBackWhenTheOrdersExpire()
    {
        var options = new RetentionOptions();
        var data = new SubjectDataBuilder().WithProfile(Helsinki2020).WithOrder(Helsinki2020).Build();

        var plan = SubjectReviewPlan.For(data, new DateOnly(2023, 6, 15), new RetentionCalendar(options), options);

        Assert.True(plan.AnonymiseProfile);
        Assert.False(plan.EraseEverything);
        Assert.Equal(new DateOnly(2027, 1, 1), plan.NextDueOn);
    }

    [Fact]
    public void For_PendingErasureWithAnOpenInvoicePastRetention_KeepsItAndRechecks()
    {
        var options = new RetentionOptions { HoldRecheckDays = 30 };
        var data = new SubjectDataBuilder().WithOrder(Helsinki2020, InvoiceStatus.Open).ErasedPendingFor("DSR-2026-0001").Build();

        var plan = SubjectReviewPlan.For(data, new DateOnly(2027, 1, 1), new RetentionCalendar(options), options);

        Assert.Empty(plan.ExpiredOrders);
        Assert.Empty(plan.CompleteCases);
        Assert.Equal(new DateOnly(2027, 1, 31), plan.NextDueOn);
        Assert.Contains("open_invoice", plan.Kept);
    }

    [Fact]
    public void For_PendingErasureWhoseHoldsEnded_ErasesEverythingAndCompletesTheCase()
    {
        var options = new RetentionOptions();
        var data = new SubjectDataBuilder().WithOrder(Helsinki2020).ErasedPendingFor("DSR-2026-0001").Build();

        var plan = SubjectReviewPlan.For(data, new DateOnly(2027, 1, 1), new RetentionCalendar(options), options);

        Assert.True(plan.EraseEverything);
        Assert.Equal(["DSR-2026-0001"], plan.CompleteCases);
        Assert.Single(plan.ExpiredOrders);
    }

    [Fact]
    public void For_LegalClaim_KeepsEveryOrderPastItsPeriod()
    {
        var options = new RetentionOptions();
        var data = new SubjectDataBuilder().WithOrder(Helsinki2020).WithLegalClaim().ErasedPendingFor("DSR-2026-0001").Build();

        var plan = SubjectReviewPlan.For(data, new DateOnly(2030, 1, 1), new RetentionCalendar(options), options);

        Assert.Empty(plan.ExpiredOrders);
        Assert.False(plan.EraseEverything);
        Assert.Contains("legal_claim", plan.Kept);
    }
}

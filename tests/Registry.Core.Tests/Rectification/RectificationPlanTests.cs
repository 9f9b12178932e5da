using Registry.Clients;
using Registry.Rectification;
using Registry.Subjects;
using static Registry.Core.Tests.Rectification.RectificationData;

namespace Registry.Core.Tests.Rectification;

public class RectificationPlanTests
{
    [Fact]
    public void For_AWrongValue_ReplacesItWithProvenanceRectificationNewerThanTheOld()
    {
        var plan = RectificationPlan.For(Profile(), [Email()], [], CaseRef, Now);

        var email = plan.Profile!.Email!;
        Assert.Equal("maija.oikea@example.fi", email.Value.Value);
        Assert.Equal(new Provenance(ProvenanceSources.Rectification, ProvenanceSources.Register, Now, CaseRef.Value), email.Provenance);
        Assert.Equal("Maija", plan.Profile.FirstName!.Value);
        Assert.Equal([ProfileField.Email], plan.Applied);
    }

    [Fact]
    public void For_AValueObservedAfterNow_StillEndsNewer()
    {
        var future = Now.AddMinutes(3);

        var plan = RectificationPlan.For(Profile(FromStore(future)), [Email()], [], CaseRef, Now);

        Assert.True(plan.Profile!.Email!.Provenance.ObservedAt > future);
    }

    [Fact]
    public void For_NoticesTheSourceAndOnlyRecipientsTheCategoryWentTo()
    {
        var disclosures = new[] { ToWebshop("name", "email"), ToWebshop("name") with { Recipient = ClientId.Parse("reseller_demo") } };

        var plan = RectificationPlan.For(Profile(), [Email()], disclosures, CaseRef, Now);

        Assert.Equal(["store_helsinki", "webshop"], plan.Notices.Keys.Select(k => k.Value).Order());
        Assert.Equal([ProfileField.Email], plan.Notices[ClientId.Parse("store_helsinki")].Source);
        Assert.Equal([ProfileField.Email], plan.Notices[ClientId.Parse("webshop")].Disclosed);
    }

    [Fact]
    public void For_ChangesThisCaseAlreadyApplied_WritesAndNoticesNothing()
    {
        var first = RectificationPlan.For(Profile(), [Email(), LastName("Oikea")], [ToWebshop("email")], CaseRef, Now);

        var again = RectificationPlan.For(first.Profile!, [Email(), LastName("Oikea")], [ToWebshop("email")], CaseRef, Now.AddMinutes(5));

        Assert.Null(again.Profile);
        Assert.Empty(again.Notices);
        Assert.Equal([ProfileField.Email, ProfileField.LastName], again.AlreadyApplied);
    }

    [Fact]
    public void For_AValueThatIsAlreadyRight_IsLeftAndNotNoticed()
    {
        var plan = RectificationPlan.For(Profile(), [LastName("Meikäläinen")], [ToWebshop("name")], CaseRef, Now);

        Assert.Null(plan.Profile);
        Assert.Equal([ProfileField.LastName], plan.Unchanged);
        Assert.Empty(plan.Notices);
    }

    [Fact]
    public void For_AValueAnEarlierRectificationSet_HasNoOutsideSourceToNotify()
    {
        var earlier = RectificationPlan.For(Profile(), [Email()], [], CaseRef, Now).Profile!;

        var plan = RectificationPlan.For(earlier, [Email("maija.kolmas@example.fi")], [], Registry.Cases.CaseReference.Create(2026, 9), Now.AddDays(1));

        Assert.Equal([ProfileField.Email], plan.Applied);
        Assert.Empty(plan.Notices);
    }
}

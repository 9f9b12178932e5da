using Registry.Preferences;
using Registry.Subjects;
using static Registry.Core.Tests.Preferences.PreferenceEvents;

namespace Registry.Core.Tests.Preferences;

/// <summary>Pending events a returning customer's order appended are folded into the current rows by the ledger's own rule.</summary>
public class PreferenceLedgerFoldTests
{
    [Fact]
    public void Fold_APendingLaterChoice_DecidesAndKeepsTheStoredRowsVersion()
    {
        var stored = Event("page-1", ConsentPurpose.DirectMarketing, PreferenceState.Objected, T0.AddDays(-10), "checkout") with { Actor = PreferenceActor.Client };
        var current = new Dictionary<ConsentPurpose, CurrentPreference> { [ConsentPurpose.DirectMarketing] = new(stored, "v7") };
        var pending = Event("ord_1.direct_marketing", ConsentPurpose.DirectMarketing, PreferenceState.Consented, T0, "checkout") with { Actor = PreferenceActor.Client };

        var folded = PreferenceLedger.Fold(current, [pending])[ConsentPurpose.DirectMarketing];

        Assert.Equal((pending, "v7"), (folded.Event, folded.ETag));
    }

    [Fact]
    public void Fold_ThePersonsObjection_StandsAgainstALaterCheckoutConsent()
    {
        var objection = Event("link-1", ConsentPurpose.DirectMarketing, PreferenceState.Objected, T0.AddDays(-10), "unsubscribe_link") with { Actor = PreferenceActor.Person };
        var current = new Dictionary<ConsentPurpose, CurrentPreference> { [ConsentPurpose.DirectMarketing] = new(objection, "v1", PreferenceStanding.Of(objection)) };
        var checkout = Event("ord_1.direct_marketing", ConsentPurpose.DirectMarketing, PreferenceState.Consented, T0, "checkout") with { Actor = PreferenceActor.Client };

        Assert.Equal(PreferenceState.Objected, PreferenceLedger.Fold(current, [checkout])[ConsentPurpose.DirectMarketing].Event.State);
    }

    [Fact]
    public void Fold_TwiceOrInEitherOrderOrWithoutAStoredRow_GivesTheSameStanding()
    {
        var older = Event("ord_1.market_research", ConsentPurpose.MarketResearch, PreferenceState.Consented, T0.AddDays(-2), "checkout");
        var newer = Event("ord_2.market_research", ConsentPurpose.MarketResearch, PreferenceState.Objected, T0, "checkout");
        var none = new Dictionary<ConsentPurpose, CurrentPreference>();

        var once = PreferenceLedger.Fold(none, [older, newer])[ConsentPurpose.MarketResearch];

        Assert.Null(once.ETag);
        Assert.Equal(newer, once.Event);
        Assert.Equal(once, PreferenceLedger.Fold(none, [newer, older])[ConsentPurpose.MarketResearch]);
        Assert.Equal(once, PreferenceLedger.Fold(PreferenceLedger.Fold(none, [older, newer]), [older, newer])[ConsentPurpose.MarketResearch]);
    }
}

using Registry.Cases.Classification;
using Registry.Preferences;

namespace Registry.Core.Tests.Cases.Classification;

public class ObjectionPurposeHintsTests
{
    [Theory]
    [InlineData("I do not want to answer any more of your surveys.", new[] { ConsentPurpose.MarketResearch })]
    [InlineData("Älkää enää lähettäkö minulle asiakastyytyväisyyskyselyjä.", new[] { ConsentPurpose.MarketResearch })]
    [InlineData("Please do not publish my name or my photo.", new[] { ConsentPurpose.Publication })]
    [InlineData("En halua, että minulle soitetaan. Älkää soittako.", new[] { ConsentPurpose.DistanceSelling })]
    [InlineData("Stop profiling me.", new[] { ConsentPurpose.TargetedContent })]
    public void Named_OnlyParticularPurposes_AreThose(string body, ConsentPurpose[] expected)
    {
        Assert.Equal(expected, ObjectionPurposeHints.Named("Kielto", body));
    }

    [Theory]
    [InlineData("Please stop sending me marketing.")]
    [InlineData("No more surveys and no more advertising, please.")]
    [InlineData("En halua enää mainoksia enkä kyselyitä.")]
    [InlineData("Poistakaa minut uutiskirjelistalta.")]
    [InlineData("Stop calling me with offers.")]
    [InlineData("I object.")]
    public void Named_MarketingInGeneralOrNothingParticular_IsEmptyMeaningEveryMarketingPurpose(string body)
    {
        Assert.Empty(ObjectionPurposeHints.Named("Objection", body));
    }
}

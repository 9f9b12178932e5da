using Registry.Orders;
using Registry.Orders.Billing;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Core.Tests.Serialization;

public class WireNameTests
{
    // The contract (docs/api/orders.md, stored rows): renaming an enum member must not change these silently.
    [Fact]
    public void All_EveryEnumOnTheWire_HasItsContractNames()
    {
        Assert.Equal(["webshop", "store", "reseller"], WireName<SalesChannel>.All);
        Assert.Equal(["open", "paid", "in_collection"], WireName<InvoiceStatus>.All);
        Assert.Equal(["consented", "objected"], WireName<PreferenceState>.All);
        Assert.Equal(
            ["direct_advertising", "distance_selling", "direct_marketing", "market_research", "targeted_content", "publication"],
            WireName<ConsentPurpose>.All);
    }

    [Fact]
    public void TryParse_WireName_RoundTrips()
    {
        Assert.True(WireName<InvoiceStatus>.TryParse("in_collection", out var status));
        Assert.Equal(InvoiceStatus.InCollection, status);
        Assert.Equal("in_collection", status.ToWire());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Paid")]
    [InlineData("InCollection")]
    [InlineData("in-collection")]
    [InlineData(" paid")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NumberOtherCasingOrSpelling_IsRefused(string? text) =>
        Assert.False(WireName<InvoiceStatus>.TryParse(text, out _));
}

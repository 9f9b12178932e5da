using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Clients.Grants;
using Registry.Preferences;

namespace Registry.Core.Tests.Clients.Grants;

public class ClientGrantsTests
{
    private static readonly ClientId Webshop = ClientId.Parse("webshop");
    private static readonly ClientId Reseller = ClientId.Parse("reseller_demo");

    private static readonly ClientGrants Grants = new(Options.Create(Directory()));

    [Theory]
    [InlineData(ClientOperation.Orders, true)]
    [InlineData(ClientOperation.Audiences, true)]
    [InlineData(ClientOperation.Billing, false)]
    public void Allows_Webshop_OnlyWhatIsConfigured(ClientOperation operation, bool expected) =>
        Assert.Equal(expected, Grants.Allows(Webshop, operation));

    [Fact]
    public void Allows_UnconfiguredClient_Nothing() =>
        Assert.All(Enum.GetValues<ClientOperation>(), o => Assert.False(Grants.Allows(ClientId.Parse("stranger"), o)));

    [Fact]
    public void AudienceCategories_GrantedPurpose_AreTheConfiguredOnes() =>
        Assert.Equal(new HashSet<DataCategory> { DataCategory.Name, DataCategory.Email }, Grants.AudienceCategories(Webshop, ConsentPurpose.DirectMarketing));

    [Fact]
    public void AudienceCategories_PurposeNotGrantedOrClientWithoutTheOperation_AreNull()
    {
        Assert.Null(Grants.AudienceCategories(Webshop, ConsentPurpose.Publication));
        Assert.Null(Grants.AudienceCategories(Reseller, ConsentPurpose.DirectMarketing)); // purposes without the operation grant nothing
    }

    private static ClientDirectoryOptions Directory()
    {
        var webshop = new ClientOptions();
        webshop.Operations.AddRange(["orders", "audiences"]);
        webshop.Audiences["direct_marketing"] = ["name", "email"];
        var reseller = new ClientOptions();
        reseller.Operations.Add("orders");
        reseller.Audiences["direct_marketing"] = ["email"];
        return new ClientDirectoryOptions { [Webshop.Value] = webshop, [Reseller.Value] = reseller };
    }
}

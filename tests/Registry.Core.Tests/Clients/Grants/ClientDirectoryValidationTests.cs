using Registry.Clients;
using Registry.Clients.Grants;

namespace Registry.Core.Tests.Clients.Grants;

public class ClientDirectoryValidationTests
{
    [Fact]
    public void Validate_SampleLikeGrants_Succeeds()
    {
        var client = Client("webshop", "orders", "audiences");
        client.Audiences["direct_marketing"] = ["name", "email"];

        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { ["webshop"] = client });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_TyposInOperationPurposeAndCategory_NamesEachSetting()
    {
        var client = Client("webshop", "orders", "unsubscribe-links", "audiences");
        client.Audiences["direct_marketng"] = ["email"];
        client.Audiences["direct_advertising"] = ["postalAddress", "name"];

        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { ["webshop"] = client });

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "Registry__Clients__webshop__Operations__1: must be one of orders, billing, preferences, unsubscribeLinks, audiences, personActs.",
                "Registry__Clients__webshop__Audiences__direct_marketng: not a purpose; one of direct_advertising, distance_selling, direct_marketing, market_research, targeted_content, publication.",
                "Registry__Clients__webshop__Audiences__direct_advertising__0: must be one of name, organisation, email, phone, postal_address.",
                "Registry__Clients__webshop__Audiences__direct_advertising: needs at least one way to reach a person (email, phone or postal_address).",
            ],
            result.Failures);
    }

    [Fact]
    public void Validate_AudiencePurposesWithoutTheOperation_Fails()
    {
        var client = Client("reseller_demo", "orders");
        client.Audiences["direct_marketing"] = ["email"];

        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { ["reseller_demo"] = client });

        Assert.Equal(["Registry__Clients__reseller_demo__Operations: audience purposes are configured but 'audiences' is not among the operations."], result.Failures);
    }

    [Fact]
    public void Validate_AudiencesOperationWithoutPurposes_Fails()
    {
        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { ["webshop"] = Client("webshop", "audiences") });

        Assert.Equal(["Registry__Clients__webshop__Audiences: the audiences operation needs at least one purpose with its categories."], result.Failures);
    }

    [Fact]
    public void Validate_BadClientIdChannelAndSecret_NamesEachSetting()
    {
        var client = new ClientOptions();
        client.Channels.Add("kiosk");
        client.SigningSecrets.Add("not-a-secret");

        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { ["Web Shop"] = client });

        Assert.Equal(
            [
                $"Registry__Clients__Web Shop: {ClientId.Rule}.",
                "Registry__Clients__Web Shop__Channels__0: must be one of webshop, store, reseller.",
                "Registry__Clients__Web Shop__SigningSecrets__0: must be a whsec_ secret.",
            ],
            result.Failures);
    }

    [Theory]
    [InlineData("store-helsinki")]
    [InlineData("store__helsinki")]
    [InlineData("_store")]
    [InlineData("Store_Helsinki")]
    public void Validate_ClientIdThatIsNoValidSettingName_IsRefusedAtStartWithTheRule(string id)
    {
        var result = new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { [id] = Client("webshop", "orders") });

        Assert.Equal([$"Registry__Clients__{id}: {ClientId.Rule}."], result.Failures);
        Assert.Contains("store_helsinki", ClientId.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("store_helsinki")]
    [InlineData("webshop")]
    [InlineData("pos2")]
    public void Validate_ClientIdOfLettersDigitsAndSingleUnderscores_IsAccepted(string id)
    {
        Assert.True(new ClientDirectoryValidation().Validate(null, new ClientDirectoryOptions { [id] = Client("webshop", "orders") }).Succeeded);
    }

    private static ClientOptions Client(string channel, params string[] operations)
    {
        var client = new ClientOptions();
        client.Channels.Add(channel == "reseller_demo" ? "reseller" : "webshop");
        client.Operations.AddRange(operations);
        return client;
    }
}

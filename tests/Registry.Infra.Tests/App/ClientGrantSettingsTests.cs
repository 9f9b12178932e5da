using System.Text.RegularExpressions;
using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

// Client grants in Azure are app settings made from the `clients` parameter (docs/configuration.md), with the
// names the app validates on start (Registry.Core ClientDirectoryValidation), written out here.
public partial class ClientGrantSettingsTests
{
    private static readonly AppSettings Settings =
        AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

    private static JsonObject Definitions => CompiledTemplate.Main.Root["definitions"]!.AsObject();

    [Fact]
    public void AppSettings_ClientGrants_AreOneValidlyNamedSettingPerOperationAndAudienceCategory()
    {
        // Assert
        Assert.True(Settings.Declares("Registry__Clients__reseller_demo__Operations__0"));
        Assert.True(Settings.Declares("Registry__Clients__webshop__Audiences__direct_marketing__2"));
        Assert.False(Settings.Declares("Registry__Clients__webshop__Audiences__direct_marketing__Email__0"));
        Assert.All(Settings.Patterns, p => Assert.Matches(ValidName(), p.ToString()));
    }

    [Fact]
    public void ClientConfigType_Names_AreTheOnesTheAppAccepts()
    {
        // Act
        var client = Definitions["clientConfig"]!["properties"]!;
        var operations = client["operations"]!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());
        var grants = Definitions.Single(d => d.Key.EndsWith("audienceGrants", StringComparison.Ordinal)).Value!;
        var categories = Definitions.Single(d => d.Key.EndsWith("dataCategory", StringComparison.Ordinal)).Value!["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>());

        // Assert
        Assert.Equal(["audiences", "billing", "orders", "personActs", "preferences", "unsubscribeLinks"], operations.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["direct_advertising", "direct_marketing", "distance_selling", "market_research", "publication", "targeted_content"],
            grants["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(grants["additionalProperties"]!.GetValue<bool>()); // a misspelt purpose fails the deployment, not only the start
        Assert.Equal(["email", "name", "organisation", "phone", "postal_address"], categories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClientsParameter_Default_GrantsAudiencesOnlyToTheOwnWebshopAndNoPhone()
    {
        // Act
        var clients = CompiledTemplate.Main.Root["parameters"]!["clients"]!["defaultValue"]!.AsArray().Select(c => c!.AsObject()).ToList();

        // Assert
        Assert.NotEmpty(clients);
        foreach (var client in clients.Where(c => c["operations"]!.AsArray().Any(o => o!.GetValue<string>() == "audiences")))
        {
            Assert.Equal(["webshop"], client["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
            var categories = client["audiences"]!.AsObject().SelectMany(p => p.Value!.AsArray().Select(c => c!.GetValue<string>()));
            Assert.DoesNotContain("phone", categories);
        }
    }

    // Letters, digits, underscores, hyphens (client ids) and the {n} placeholders: nothing App Service rejects.
    [GeneratedRegex(@"^\^[A-Za-z0-9_\-]+(\[\^_\]\+\(\?:_\[\^_\]\+\)\*[A-Za-z0-9_\-]*)*\$$")]
    private static partial Regex ValidName();
}

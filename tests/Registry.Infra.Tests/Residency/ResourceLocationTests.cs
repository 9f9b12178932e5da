using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Residency;

public class ResourceLocationTests
{
    private const string LocationParameter = "[parameters('location')]";

    // Azure requires 'global' for these: they hold DNS names, not data; or (Communication Services) they place their
    // data by dataLocation instead, which Mail/LetterSenderTemplateTests pins to Europe; or (action groups) they hold
    // only the officer's alert address, and alert mails name identifiers only.
    private static readonly string[] GlobalTypes =
    [
        "Microsoft.Network/privateDnsZones",
        "Microsoft.Network/privateDnsZones/virtualNetworkLinks",
        "Microsoft.Communication/emailServices",
        "Microsoft.Communication/emailServices/domains",
        "Microsoft.Communication/communicationServices",
        "Microsoft.Insights/actionGroups",
    ];

    [Fact]
    public void Resources_Location_IsTheLocationParameterOrGlobalWhereRequired()
    {
        // Arrange
        var located = CompiledTemplate.Main.Resources.Where(r => r.Location is not null).ToList();

        // Act
        var wrong = located
            .Where(r => r.Location != LocationParameter && !(r.Location == "global" && GlobalTypes.Contains(r.Type)))
            .Select(r => $"{r.Module}: {r.Type} at {r.Location}")
            .ToList();

        // Assert
        Assert.NotEmpty(located);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Modules_LocationParameter_IsPassedFromMainLocation()
    {
        // Arrange
        var modules = CompiledTemplate.Main.OfType("Microsoft.Resources/deployments")
            .Where(m => m.Properties["template"]!["parameters"]?["location"] is not null)
            .ToList();

        // Act
        var wrong = modules
            .Where(m => m.Text("properties.parameters.location.value") != LocationParameter)
            .Select(m => m.Text("name"))
            .ToList();

        // Assert
        Assert.NotEmpty(modules);
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.Web/sites")]
    [InlineData("Microsoft.Web/serverfarms")]
    [InlineData("Microsoft.Insights/components")]
    [InlineData("Microsoft.OperationalInsights/workspaces")]
    [InlineData("Microsoft.ManagedIdentity/userAssignedIdentities")]
    [InlineData("Microsoft.Resources/resourceGroups")]
    public void RegionalResource_Location_IsDeclared(string type)
    {
        // Act
        var resources = CompiledTemplate.Main.OfType(type).ToList();

        // Assert
        Assert.NotEmpty(resources);
        Assert.All(resources, r => Assert.Equal(LocationParameter, r.Location));
    }
}

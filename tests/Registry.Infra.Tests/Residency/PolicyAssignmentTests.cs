using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Residency;

public class PolicyAssignmentTests
{
    private const string AllowedLocations = "e56962a6-4747-49cd-b67b-bf8b01975c4c";
    private const string AllowedResourceGroupLocations = "e765b5de-1225-4ba3-bd56-1ac6695af988";

    private static readonly CompiledTemplate Template = CompiledTemplate.Main;

    [Fact]
    public void AllowedLocationsAssignment_OnResourceGroup_UsesBuiltInDefinition()
    {
        // Arrange
        var assignment = Template.Resource("Microsoft.Authorization/policyAssignments", "policy");

        // Act
        var passedDefinition = ArmExpressions.Guids(
            Template.Module("policy").Text("properties.parameters.policyDefinitionId.value")!, Template.Root);

        // Assert
        Assert.Equal("[parameters('policyDefinitionId')]", assignment.Text("properties.policyDefinitionId"));
        Assert.Equal([AllowedLocations], passedDefinition);
        Assert.Equal("Default", assignment.Text("properties.enforcementMode"));
    }

    [Fact]
    public void AllowedLocationsAssignment_List_IsTheEuAllowList()
    {
        // Arrange
        var assignment = Template.Resource("Microsoft.Authorization/policyAssignments", "policy");

        // Act
        var listInModule = assignment.Text("properties.parameters.listOfAllowedLocations.value");
        var listFromMain = Template.Module("policy").Text("properties.parameters.allowedLocations.value");

        // Assert
        Assert.Equal("[parameters('allowedLocations')]", listInModule);
        Assert.Equal("[variables('allowedLocations')]", listFromMain);
        Assert.Equal("[objectKeys(variables('euRegionPairs'))]", Template.Root["variables"]!["allowedLocations"]!.ToString());
    }

    [Fact]
    public void ResourceGroupLocationsAssignment_OnSubscription_UsesBuiltInDefinitionAndEuList()
    {
        // Arrange
        var assignment = Template.Resource("Microsoft.Authorization/policyAssignments", "main");

        // Act
        var definition = ArmExpressions.Guids(assignment.Text("properties.policyDefinitionId")!, Template.Root);

        // Assert
        Assert.Equal([AllowedResourceGroupLocations], definition);
        Assert.Equal("[variables('allowedLocations')]", assignment.Text("properties.parameters.listOfAllowedLocations.value"));
        Assert.Equal("Default", assignment.Text("properties.enforcementMode"));
    }

    [Fact]
    public void RegionalModules_DependOnPolicy_SoTheGuardExistsFirst()
    {
        // Arrange
        string[] modules = ["data-storage", "host-storage", "key-vault"];

        // Act
        var missing = modules.Where(m => !JsonText.Of(Template.Module(m).Node["dependsOn"]).Contains("policy", StringComparison.Ordinal));

        // Assert
        Assert.Empty(missing);
    }
}

using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

public class FunctionAppTests
{
    private const string Module = "function-app";

    private static readonly ArmResource Site = CompiledTemplate.Main.Resource("Microsoft.Web/sites", Module);

    [Fact]
    public void Plan_Sku_IsFlexConsumptionFc1()
    {
        // Act
        var plan = CompiledTemplate.Main.Resource("Microsoft.Web/serverfarms", Module);

        // Assert
        Assert.Equal("FC1", plan.Text("sku.name"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
        Assert.True(plan.Flag("properties.reserved"));
    }

    [Fact]
    public void FunctionApp_Runtime_IsDotnetIsolated10()
    {
        // Assert
        Assert.Equal("functionapp,linux", Site.Text("kind"));
        Assert.Equal("dotnet-isolated", Site.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Site.Text("properties.functionAppConfig.runtime.version"));
    }

    [Fact]
    public void FunctionApp_Identity_IsUserAssignedOnly()
    {
        // Assert
        Assert.Equal("UserAssigned", Site.Text("identity.type"));
        Assert.Equal("UserAssignedIdentity", Site.Text("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal("[parameters('identityId')]", Site.Text("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"));
    }

    [Fact]
    public void FunctionApp_DeploymentPackage_IsInTheHostStorageContainer()
    {
        // Act
        var container = CompiledTemplate.Main.Module(Module).Text("properties.parameters.deploymentContainerName.value");

        // Assert
        Assert.Equal("blobContainer", Site.Text("properties.functionAppConfig.deployment.storage.type"));
        Assert.Contains("parameters('hostBlobEndpoint')", Site.Text("properties.functionAppConfig.deployment.storage.value"), StringComparison.Ordinal);
        Assert.Contains("reference('hostStorage')", container, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_Transport_IsHttpsOnlyTls12WithoutFtp()
    {
        // Act
        var ftp = CompiledTemplate.Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        // Assert
        Assert.True(Site.Flag("properties.httpsOnly"));
        Assert.Equal("1.2", Site.Text("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", Site.Text("properties.siteConfig.ftpsState"));
        Assert.Equal(2, ftp.Count);
        Assert.All(ftp, p => Assert.False(p.Flag("properties.allow")));
    }

    [Fact]
    public void FunctionApp_AzdServiceTag_MatchesAzureYaml()
    {
        // Arrange
        var azureYaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "azure.yaml"));

        // Act
        var tags = Site.Text("tags");

        // Assert
        Assert.Contains("'azd-service-name', 'api'", tags, StringComparison.Ordinal);
        Assert.Contains("  api:\n", azureYaml, StringComparison.Ordinal);
        Assert.Contains("host: function", azureYaml, StringComparison.Ordinal);
    }
}

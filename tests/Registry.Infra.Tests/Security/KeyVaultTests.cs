using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Security;

public class KeyVaultTests
{
    private static readonly ArmResource Vault = CompiledTemplate.Main.Resource("Microsoft.KeyVault/vaults", "key-vault");

    [Fact]
    public void KeyVault_Authorisation_IsRbacOnly()
    {
        // Assert
        Assert.True(Vault.Flag("properties.enableRbacAuthorization"));
        Assert.Null(Vault.Select("properties.accessPolicies"));
        Assert.False(Vault.Flag("properties.enabledForTemplateDeployment"));
    }

    [Fact]
    public void KeyVault_Deletion_HasSoftDeleteAndPurgeProtection()
    {
        // Assert
        Assert.True(Vault.Flag("properties.enableSoftDelete"));
        Assert.True(Vault.Flag("properties.enablePurgeProtection"));
    }

    [Fact]
    public void KeyVault_PrivateNetworking_DisablesPublicAccessAndAddsAPrivateEndpoint()
    {
        // Arrange
        var network = JsonText.Of(CompiledTemplate.Main.ModuleTemplate("network"));

        // Assert
        Assert.Equal("[if(parameters('privateNetworking'), 'Disabled', 'Enabled')]", Vault.Text("properties.publicNetworkAccess"));
        Assert.Contains("\"target\":\"vault\",\"group\":\"vault\"", network, StringComparison.Ordinal);
        Assert.Equal("[parameters('enablePrivateNetworking')]", CompiledTemplate.Main.Module("key-vault").Text("properties.parameters.privateNetworking.value"));
    }

    [Fact]
    public void KeyVault_AccessLog_GoesToLogAnalytics()
    {
        // Act
        var diagnostics = CompiledTemplate.Main.Resource("Microsoft.Insights/diagnosticSettings", "key-vault");

        // Assert
        Assert.Equal("audit", diagnostics.Select("properties.logs")!.AsArray()[0]!["categoryGroup"]!.ToString());
    }
}

using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Storage;

public class StorageBaselineTests
{
    public static TheoryData<string> Accounts => new() { "data-storage", "host-storage" };

    private static ArmResource Account(string module) =>
        CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts", module);

    [Theory]
    [MemberData(nameof(Accounts))]
    public void StorageAccount_KindAndTransport_AreStorageV2HttpsOnlyTls12(string module)
    {
        // Act
        var account = Account(module);

        // Assert
        Assert.Equal("StorageV2", account.Text("kind"));
        Assert.True(account.Flag("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("TLS1_2", account.Text("properties.minimumTlsVersion"));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public void StorageAccount_Access_IsEntraOnlyWithoutPublicBlobs(string module)
    {
        // Act
        var account = Account(module);

        // Assert
        Assert.False(account.Flag("properties.allowBlobPublicAccess"));
        Assert.False(account.Flag("properties.allowSharedKeyAccess"));
        Assert.False(account.Flag("properties.allowCrossTenantReplication"));
        Assert.True(account.Flag("properties.defaultToOAuthAuthentication"));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public void StorageAccount_Firewall_DeniesByDefaultWithPrivateNetworking(string module)
    {
        // Act
        var account = Account(module);

        // Assert
        Assert.Equal("[if(parameters('privateNetworking'), 'Deny', 'Allow')]", account.Text("properties.networkAcls.defaultAction"));
        Assert.Equal("None", account.Text("properties.networkAcls.bypass"));
    }

    [Fact]
    public void Containers_PublicAccess_IsNone()
    {
        // Act
        var containers = CompiledTemplate.Main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();

        // Assert
        Assert.NotEmpty(containers);
        Assert.All(containers, c => Assert.Equal("None", c.Text("properties.publicAccess")));
    }
}

using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Security;

public class RoleAssignmentTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string BlobDelegator = "db58b8e5-c6ad-4a2a-8342-4190687cbf4a";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private static readonly List<ArmResource> FunctionRoles = [.. CompiledTemplate.Main
        .OfType("Microsoft.Authorization/roleAssignments")
        .Where(r => r.Module == "role-assignments" && r.Text("properties.principalId") == "[parameters('principalId')]")];

    public static TheoryData<string, string> Expected => new()
    {
        { "dataStorageAccountName", BlobDataContributor },
        { "dataStorageAccountName", BlobDelegator },
        { "dataStorageAccountName", QueueDataContributor },
        { "dataStorageAccountName", TableDataContributor },
        { "hostStorageAccountName", BlobDataOwner },
        { "keyVaultName", KeyVaultSecretsUser },
        { "appInsightsName", MonitoringMetricsPublisher },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void FunctionIdentity_Role_IsAssignedOnItsScope(string scopeParameter, string roleId)
    {
        // Act
        var onScope = FunctionRoles.Where(r => r.Text("scope")!.Contains($"parameters('{scopeParameter}')", StringComparison.Ordinal));
        var roles = onScope.SelectMany(r => ArmExpressions.Guids(r.Text("properties.roleDefinitionId")!, r.Template));

        // Assert
        Assert.Contains(roleId, roles);
    }

    [Fact]
    public void FunctionIdentity_OnTheDataAccount_HoldsExactlyTheLeastRolesAndNoOwner()
    {
        // Act
        var onData = FunctionRoles.Where(r => r.Text("scope")!.Contains("parameters('dataStorageAccountName')", StringComparison.Ordinal));
        var roles = onData.SelectMany(r => ArmExpressions.Guids(r.Text("properties.roleDefinitionId")!, r.Template)).ToHashSet();

        // Assert: Owner would add changing ACLs and blob tags; the register needs neither
        Assert.DoesNotContain(BlobDataOwner, roles);
        Assert.Equal(new HashSet<string> { BlobDataContributor, BlobDelegator, QueueDataContributor, TableDataContributor }, roles);
    }

    [Fact]
    public void FunctionIdentity_Principal_IsTheUserAssignedIdentity()
    {
        // Act
        var passed = CompiledTemplate.Main.Module("role-assignments").Text("properties.parameters.principalId.value");

        // Assert
        Assert.Contains("'identity'", passed, StringComparison.Ordinal);
        Assert.Contains("outputs.principalId.value", passed, StringComparison.Ordinal);
        Assert.All(FunctionRoles, r => Assert.Equal("ServicePrincipal", r.Text("properties.principalType")));
    }

    [Fact]
    public void RoleAssignments_Names_AreBuiltWithGuid()
    {
        // Act
        var all = CompiledTemplate.Main.OfType("Microsoft.Authorization/roleAssignments").ToList();

        // Assert
        Assert.NotEmpty(all);
        Assert.All(all, r => Assert.StartsWith("[guid(", r.Text("name"), StringComparison.Ordinal));
    }
}

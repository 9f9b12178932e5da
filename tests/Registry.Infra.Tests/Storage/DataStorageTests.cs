using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Storage;

public class DataStorageTests
{
    private const string Module = "data-storage";

    private static readonly JsonObject Variables = CompiledTemplate.Main.ModuleTemplate(Module)["variables"]!.AsObject();

    private static List<string> List(string variable) =>
        [.. Variables[variable]!.AsArray().Select(v => v!.ToString())];

    [Fact]
    public void Tables_Names_AreTheOnesTheAppUses()
    {
        // Act
        var tables = List("tableNames");

        // Assert
        Assert.Equal(["Subjects", "Lookup", "Schedule", "Dedupe", "Cases", "Suppression", "Statistics"], tables);
        Assert.Contains("variables('tableNames')", JsonText.Of(CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/tableServices/tables", Module).Node["copy"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Queues_EachWorkQueue_HasItsPoisonQueue()
    {
        // Arrange
        var queues = CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/queueServices/queues", Module);

        // Act
        var work = List("workQueueNames");
        var created = JsonText.Of(queues.Node["copy"]) + JsonText.Of(Variables["queueNames"]);

        // Assert
        Assert.Equal(["subject-requests", "outbound-mail", "case-actions"], work);
        Assert.Contains("variables('queueNames')", created, StringComparison.Ordinal);
        Assert.Contains("format('{0}-poison', lambdaVariables('q'))", created, StringComparison.Ordinal);
        Assert.Contains("variables('workQueueNames')", created, StringComparison.Ordinal);
    }

    [Fact]
    public void Containers_Names_AreTheOnesTheAppUses()
    {
        // Act
        var containers = List("containerNames");

        // Assert
        Assert.Equal(["exports", "letters", "purge-reports", "audit", "intake-triage"], containers);
    }

    [Fact]
    public void AuditContainer_Immutability_IsTimeBasedWithAppendWrites()
    {
        // Act
        var policy = CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies", Module);

        // Assert
        Assert.Contains("'audit', 'default'", policy.Text("name"), StringComparison.Ordinal);
        Assert.True(policy.Flag("properties.allowProtectedAppendWrites"));
        Assert.Equal("[parameters('auditRetentionDays')]", policy.Text("properties.immutabilityPeriodSinceCreationInDays"));
        Assert.Equal("[parameters('auditRetentionDays')]", CompiledTemplate.Main.Module(Module).Text("properties.parameters.auditRetentionDays.value"));
    }

    [Fact]
    public void AuditImmutability_ByDefault_IsDeployedUntilLockedByHand()
    {
        // Act
        var policy = CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies", Module);
        var locked = CompiledTemplate.Main.Root["parameters"]!["auditImmutabilityLocked"]!["defaultValue"]!.GetValue<bool>();

        // Assert
        Assert.Equal("[not(parameters('auditImmutabilityLocked'))]", policy.Text("condition"));
        Assert.False(locked);
    }

    [Fact]
    public void Lifecycle_AccessPackages_AreDeleted30DaysAfterCreation()
    {
        // Arrange
        var lifecycle = CompiledTemplate.Main.Resource("Microsoft.Storage/storageAccounts/managementPolicies", Module);
        var defaultDays = CompiledTemplate.Main.ModuleTemplate(Module)["parameters"]!["exportRetentionDays"]!["defaultValue"]!.GetValue<int>();

        // Act
        var rule = Assert.Single(lifecycle.Select("properties.policy.rules")!.AsArray(), r => r!["name"]!.ToString() == "delete-access-packages")!;

        // Assert
        Assert.Equal(30, defaultDays);
        Assert.True(rule["enabled"]!.GetValue<bool>());
        Assert.Equal("[\"exports/\"]", JsonText.Of(rule["definition"]!["filters"]!["prefixMatch"]));
        Assert.Equal("[parameters('exportRetentionDays')]", rule["definition"]!["actions"]!["baseBlob"]!["delete"]!["daysAfterCreationGreaterThan"]!.ToString());
    }
}

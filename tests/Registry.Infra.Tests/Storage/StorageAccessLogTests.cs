using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Storage;

/// <summary>Every read, write and delete on the data account's blobs, tables and queues reaches Log Analytics.</summary>
public class StorageAccessLogTests
{
    private const string Module = "data-storage";

    private static readonly List<ArmResource> Settings = [.. CompiledTemplate.Main.OfType("Microsoft.Insights/diagnosticSettings").Where(r => r.Module == Module)];

    [Theory]
    [InlineData("blobServices")]
    [InlineData("tableServices")]
    [InlineData("queueServices")]
    public void DataAccount_Service_SendsReadsWritesAndDeletesToTheWorkspace(string service)
    {
        // Act
        var setting = Assert.Single(Settings, s => s.Text("scope")!.Contains($"Microsoft.Storage/storageAccounts/{service}", StringComparison.Ordinal));
        var logs = Resolve(setting.Select("properties.logs")!);

        // Assert
        Assert.Equal("[parameters('logAnalyticsWorkspaceId')]", setting.Text("properties.workspaceId"));
        Assert.Equal(
            ["StorageDelete", "StorageRead", "StorageWrite"],
            logs.Where(l => l!["enabled"]!.GetValue<bool>()).Select(l => l!["category"]!.ToString()).Order());
    }

    [Fact]
    public void DataAccount_Workspace_IsTheMonitoringModulesLogAnalytics()
    {
        // Act
        var passed = CompiledTemplate.Main.Module(Module).Text("properties.parameters.logAnalyticsWorkspaceId.value");

        // Assert
        Assert.Contains("'monitoring'", passed, StringComparison.Ordinal);
        Assert.Contains("outputs.logAnalyticsWorkspaceId.value", passed, StringComparison.Ordinal);
    }

    // The module writes the categories once, as a variable every setting uses.
    private static JsonArray Resolve(JsonNode logs)
    {
        if (logs is JsonArray array)
        {
            return array;
        }

        var name = logs.ToString().Replace("[variables('", string.Empty, StringComparison.Ordinal).Replace("')]", string.Empty, StringComparison.Ordinal);
        return CompiledTemplate.Main.ModuleTemplate(Module)["variables"]![name]!.AsArray();
    }
}

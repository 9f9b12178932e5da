using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Security;

public class MonitoringTests
{
    [Fact]
    public void ApplicationInsights_Mode_IsWorkspaceBasedWithLocalAuthDisabled()
    {
        // Act
        var insights = CompiledTemplate.Main.Resource("Microsoft.Insights/components", "monitoring");

        // Assert
        Assert.True(insights.Flag("properties.DisableLocalAuth"));
        Assert.Equal("LogAnalytics", insights.Text("properties.IngestionMode"));
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.Text("properties.WorkspaceResourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public void LogAnalytics_LocalAuth_IsDisabled()
    {
        // Act
        var workspace = CompiledTemplate.Main.Resource("Microsoft.OperationalInsights/workspaces", "monitoring");

        // Assert
        Assert.True(workspace.Flag("properties.features.disableLocalAuth"));
    }
}

using System.Text.RegularExpressions;
using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

/// <summary>
/// Every app setting name is one App Service accepts, and the settings the triggers read are flat names the scale
/// controller resolves as they are (the worker's function metadata is checked in Registry.Functions.Tests).
/// </summary>
public class TriggerSettingTests
{
    private static readonly AppSettings Settings = AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

    [Theory]
    [InlineData("RegistrySubjectRequestsQueue", "subject-requests")]
    [InlineData("RegistryCaseActionsQueue", "case-actions")]
    [InlineData("RegistryOutboundMailQueue", "outbound-mail")]
    public void TriggerQueueSetting_FlatName_IsSet(string name, string value)
    {
        // Assert
        Assert.Equal(value, Settings.Literal[name]);
    }

    [Fact]
    public void PurgeSchedule_FlatName_IsSetFromTheParameter()
    {
        // Assert
        Assert.Equal("[parameters('purgeSchedule')]", Settings.Literal["RegistryPurgeSchedule"]);
    }

    [Fact]
    public void AppSettings_Names_AreValidAppServiceNames()
    {
        // Act
        var invalid = Settings.Names.Where(n => !Regex.IsMatch(n, "^[A-Za-z0-9._]+$")).ToList();

        // Assert
        Assert.NotEmpty(Settings.Names);
        Assert.Empty(invalid);
    }

    [Fact]
    public void RetiredHierarchicalTriggerSettings_AreNotSet()
    {
        // Assert
        Assert.DoesNotContain(Settings.Names, n => n.StartsWith("Registry__Storage__", StringComparison.Ordinal) && n.EndsWith("Queue", StringComparison.Ordinal));
        Assert.False(Settings.Declares("Registry__Retention__PurgeSchedule"));
    }
}

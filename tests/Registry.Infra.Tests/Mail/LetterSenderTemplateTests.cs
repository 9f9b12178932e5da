using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Mail;

/// <summary>The letter sender's Azure side: ACS Email in the EU data location, the app's identity allowed to send, its settings.</summary>
public class LetterSenderTemplateTests
{
    private const string EmailSenderRole = "09976791-48a7-449e-bb21-39d1a415f350"; // Communication and Email Service Owner

    private static readonly AppSettings Settings = AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

    [Theory]
    [InlineData("Microsoft.Communication/emailServices")]
    [InlineData("Microsoft.Communication/communicationServices")]
    public void CommunicationResources_DataLocation_IsEurope(string type)
    {
        // Act
        var resource = CompiledTemplate.Main.Resource(type, "mail");

        // Assert
        Assert.Equal("Europe", resource.Text("properties.dataLocation"));
    }

    [Fact]
    public void EmailDomain_EngagementTracking_IsOff()
    {
        // Assert: no tracking pixel or rewritten link in a letter to a data subject
        Assert.Equal("Disabled", CompiledTemplate.Main.Resource("Microsoft.Communication/emailServices/domains", "mail").Text("properties.userEngagementTracking"));
    }

    [Fact]
    public void FunctionIdentity_MaySendThroughTheCommunicationService()
    {
        // Act
        var role = Assert.Single(CompiledTemplate.Main.OfType("Microsoft.Authorization/roleAssignments"), r => r.Module == "mail");

        // Assert
        Assert.Contains(EmailSenderRole, ArmExpressions.Guids(role.Text("properties.roleDefinitionId")!, role.Template));
        Assert.Contains("Microsoft.Communication/communicationServices", role.Text("scope"), StringComparison.Ordinal);
        Assert.Equal("[parameters('principalId')]", role.Text("properties.principalId"));
        Assert.Contains("outputs.principalId.value", CompiledTemplate.Main.Module("mail").Text("properties.parameters.principalId.value"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Registry__Letters__Transport", "AcsEmail")]
    [InlineData("RegistryOutboundMailQueue", "outbound-mail")]
    public void FunctionApp_LetterSetting_IsSet(string name, string value)
    {
        // Assert
        Assert.Equal(value, Settings.Literal[name]);
    }

    [Theory]
    [InlineData("Registry__Letters__AcsEndpoint")]
    [InlineData("Registry__Letters__From")]
    [InlineData("Registry__Letters__ReplyTo")]
    public void FunctionApp_LetterAddressSetting_IsDeclared(string name)
    {
        // Assert
        Assert.True(Settings.Declares(name), name);
    }
}

using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

public class AppSettingsTests
{
    private static readonly AppSettings Settings =
        AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

    // Flex Consumption rejects or ignores these; runtime and package live in functionAppConfig.
    public static TheoryData<string> ForbiddenOnFlex => new()
    {
        "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE",
        "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTOVERVNET",
        "WEBSITE_SKIP_CONTENTSHARE_VALIDATION", "WEBSITE_NODE_DEFAULT_VERSION", "WEBSITE_VNET_ROUTE_ALL",
        "WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED", "WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT",
        "SCM_DO_BUILD_DURING_DEPLOYMENT", "ENABLE_ORYX_BUILD", "WEBSITE_TIME_ZONE", "TZ", "AzureWebJobsStorage",
    };

    public static TheoryData<string, string> Fixed => new()
    {
        { "AzureWebJobsStorage__credential", "managedidentity" },
        { "RegistryStorage__credential", "managedidentity" },
        { "Registry__Secrets__Source", "KeyVault" },
        { "AzureWebJobsStorage__clientId", "[parameters('identityClientId')]" },
        { "RegistryStorage__clientId", "[parameters('identityClientId')]" },
        { "AZURE_CLIENT_ID", "[parameters('identityClientId')]" },
        { "APPLICATIONINSIGHTS_CONNECTION_STRING", "[parameters('appInsightsConnectionString')]" },
        { "APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "[format('Authorization=AAD;ClientId={0}', parameters('identityClientId'))]" },
        { "Registry__KeyVault__Uri", "[parameters('keyVaultUri')]" },
        { "RegistryStorage__blobServiceUri", "[parameters('dataBlobEndpoint')]" },
        { "RegistryStorage__queueServiceUri", "[parameters('dataQueueEndpoint')]" },
        { "RegistryStorage__tableServiceUri", "[parameters('dataTableEndpoint')]" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenOnFlex))]
    public void AppSettings_FlexForbiddenSetting_IsAbsent(string name)
    {
        // Assert
        Assert.False(Settings.Declares(name), name);
    }

    [Theory]
    [MemberData(nameof(Fixed))]
    public void AppSettings_ContractSetting_HasItsValue(string name, string value)
    {
        // Assert
        Assert.True(Settings.Literal.TryGetValue(name, out var actual), name);
        Assert.Equal(value, actual);
    }

    [Fact]
    public void AppSettings_ClientChannels_AreOneSettingPerChannel()
    {
        // Act
        var declared = Settings.Declares("Registry__Clients__store_helsinki__Channels__0");

        // Assert
        Assert.True(declared);
        Assert.False(Settings.Declares("Registry__Clients__store_helsinki__SigningSecrets__0"));
    }
}

using System.Text.RegularExpressions;
using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

// Every key the code reads locally (local.settings.sample.json) must be set in Azure, or be listed
// here with how Azure replaces it. A new key in the sample file fails this test until infra follows.
public class LocalSettingsCoverageTests
{
    private static readonly AppSettings Settings =
        AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

    // Local key pattern -> app settings that replace it in Azure (empty: not set in Azure, on purpose).
    private static readonly (Regex Key, string[] ReplacedBy, string Why)[] Replacements =
    [
        (Key("AzureWebJobsStorage"), ["AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId"], "identity-based host storage"),
        (Key("RegistryStorage"), ["RegistryStorage__blobServiceUri", "RegistryStorage__queueServiceUri", "RegistryStorage__tableServiceUri", "RegistryStorage__credential", "RegistryStorage__clientId"], "identity-based data storage"),
        (Key("FUNCTIONS_WORKER_RUNTIME"), [], "forbidden on Flex; set by functionAppConfig.runtime"),
        (Key("AZURE_FUNCTIONS_ENVIRONMENT"), [], "local only; Azure runs as Production"),
        (Key(@"Registry__Clients__[a-z0-9]+(?:_[a-z0-9]+)*__SigningSecrets__\d+"), [], "Key Vault secret client-<id>-signing"),
        (Key("Registry__BlindIndex__DevelopmentKey"), [], "Key Vault secret blind-index-root-key"),
        (Key("Registry__KeyEncryption__DevelopmentKey"), [], "Key Vault secret key-encryption-key"),
        (Key("Registry__Unsubscribe__DevelopmentKey"), [], "Key Vault secret unsubscribe-token-key"),
        (Key(@"Registry__Recipients__[a-z0-9]+(?:_[a-z0-9]+)*__(Email|Name|Language)"), [], "Art. 19 contacts are the deployment's own: set as app settings per recipient (docs/configuration.md)"),
        (Key("Registry__Letters__Folder"), ["Registry__Letters__Transport", "Registry__Letters__AcsEndpoint"], "the local letter sink; Azure sends through ACS Email"),
        (Key("Registry__Staff__DevelopmentSigningKey"), ["Registry__Staff__TenantId"], "development tokens only; Azure validates Entra ID tokens of the tenant"),
    ];

    public static TheoryData<string> LocalKeys => [.. RepoFiles.LocalSettingKeys()];

    [Theory]
    [MemberData(nameof(LocalKeys))]
    public void LocalSetting_InAzure_IsSetOrExplicitlyReplaced(string key)
    {
        // Act
        var replacement = Replacements.FirstOrDefault(r => r.Key.IsMatch(key));

        // Assert
        if (replacement.Key is null)
        {
            Assert.True(Settings.Declares(key), $"'{key}' is read by the code but not set on the Function App.");
        }
        else
        {
            Assert.All(replacement.ReplacedBy, name => Assert.True(Settings.Declares(name), $"'{key}' ({replacement.Why}) needs '{name}'."));
        }
    }

    [Fact]
    public void LocalKeys_SampleFile_IsReadAndNotEmpty()
    {
        // Assert
        Assert.Contains("RegistryStorage", RepoFiles.LocalSettingKeys());
    }

    private static Regex Key(string pattern) => new($"^{pattern}$", RegexOptions.IgnoreCase);
}

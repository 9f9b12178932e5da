using System.Text.RegularExpressions;
using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Security;

// In Azure every secret comes from Key Vault at run time; none may travel through the template.
public partial class NoSecretsTests
{
    [Fact]
    public void Template_Anywhere_ReadsNoKeysOrSecrets()
    {
        // Arrange
        var json = JsonText.Of(CompiledTemplate.Main.Root);

        // Act
        var leaks = SecretSource().Matches(json).Select(m => m.Value).Distinct().ToList();

        // Assert
        Assert.Empty(leaks);
    }

    [Fact]
    public void Outputs_InMainAndModules_CarryNoSecret()
    {
        // Arrange: module outputs stay readable in the deployment history, so they count too.
        var templates = CompiledTemplate.Main.OfType("Microsoft.Resources/deployments")
            .Select(m => m.Properties["template"]!.AsObject())
            .Prepend(CompiledTemplate.Main.Root);
        var outputs = templates.SelectMany(t => t["outputs"]?.AsObject() ?? []).ToList();

        // Act
        var suspicious = outputs
            .Where(o => SecretName().IsMatch(o.Key)
                || o.Value!["type"]!.ToString().StartsWith("secure", StringComparison.OrdinalIgnoreCase)
                || SecretSource().IsMatch(JsonText.Of(o.Value)))
            .Select(o => o.Key)
            .ToList();

        // Assert
        Assert.NotEmpty(outputs);
        Assert.Empty(suspicious);
    }

    [Fact]
    public void AppSettings_NamesAndValues_CarryNoSecret()
    {
        // Arrange
        var settings = AppSettings.Of(CompiledTemplate.Main.Resource("Microsoft.Web/sites", "function-app"));

        // Act
        var suspicious = settings.Literal
            .Where(s => SecretName().IsMatch(s.Key) || SecretSource().IsMatch(s.Value) || s.Value.Contains("whsec_", StringComparison.Ordinal))
            .Select(s => s.Key)
            .ToList();

        // Assert
        Assert.NotEmpty(settings.Literal);
        Assert.Empty(suspicious);
    }

    [GeneratedRegex(@"list(Keys|Secrets|AccountSas|ServiceSas|ConnectionStrings|CallbackUrl)\(|AccountKey=|SharedAccessSignature=|SharedAccessKey=|InstrumentationKey=[0-9a-f]", RegexOptions.IgnoreCase)]
    private static partial Regex SecretSource();

    [GeneratedRegex(@"(secret|password|accountkey|sastoken|privatekey|signingsecrets?)(__\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}

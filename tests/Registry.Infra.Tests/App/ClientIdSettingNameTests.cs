using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.App;

/// <summary>
/// Client ids become App Service setting names (letters, digits, '.' and '_' only; '__' separates sections), so the
/// clients parameter refuses any other id before the deployment writes a setting Azure cannot take.
/// </summary>
public class ClientIdSettingNameTests
{
    [Fact]
    public async Task IsValidClientId_EvaluatedByBicep_AcceptsOnlySettingNameSafeIds()
    {
        // Arrange
        (string Id, bool Valid)[] cases =
        [
            ("webshop", true), ("store_helsinki", true), ("reseller_demo", true), ("pos2", true),
            ("store-helsinki", false), ("Store_Helsinki", false), ("store.helsinki", false), ("store__helsinki", false),
            ("_store", false), ("store_", false), ("store helsinki", false), ("kauppa_ä", false),
        ];

        // Act
        var answers = await BicepConsole.EvaluateAsync(
            BicepConsole.Function("types.bicep", "isValidClientId"), cases.Select(c => $"isValidClientId('{c.Id}')"));

        // Assert
        Assert.Equal(cases.Select(c => $"{c.Id}: {(c.Valid ? "true" : "false")}"), cases.Select((c, i) => $"{c.Id}: {answers[i]}"));
    }

    [Fact]
    public void Clients_InvalidId_FailsTheDeploymentBeforeAnySettingIsWritten()
    {
        // Arrange
        var variables = CompiledTemplate.Main.Root["variables"]!.AsObject();

        // Act
        var check = variables["checkedClients"]!.ToString();
        var invalid = variables["invalidClientIds"]!.ToString();

        // Assert
        Assert.Contains("__bicep.isValidClientId", invalid, StringComparison.Ordinal);
        Assert.Contains("empty(variables('invalidClientIds'))", check, StringComparison.Ordinal);
        Assert.Contains("fail(format('Client ids become App Service setting names", check, StringComparison.Ordinal);
        Assert.Equal("[variables('checkedClients')]", CompiledTemplate.Main.Module("function-app").Text("properties.parameters.clients.value"));
    }

    [Fact]
    public void DefaultClients_AndTheSampleSettings_UseValidIds()
    {
        // Arrange
        var defaults = CompiledTemplate.Main.Root["parameters"]!["clients"]!["defaultValue"]!.AsArray().Select(c => c!["id"]!.ToString());
        var sample = RepoFiles.LocalSettingKeys().Where(k => k.StartsWith("Registry__Clients__", StringComparison.Ordinal))
            .Select(k => k.Split("__")[2]).Distinct();

        // Assert
        Assert.All(defaults.Concat(sample), id => Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", id));
    }
}

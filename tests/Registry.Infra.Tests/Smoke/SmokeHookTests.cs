using System.Diagnostics;
using Registry.Infra.Tests.Arm;

namespace Registry.Infra.Tests.Smoke;

/// <summary>
/// The smoke test after `azd up`: azd runs scripts/smoke-postdeploy.sh after every deploy; the deployment reserves the
/// smoke_test client only when asked; without it the hook says why and never fails the deployment.
/// </summary>
public class SmokeHookTests
{
    [Fact]
    public void AzureYaml_PostdeployHook_RunsTheSmokeHookAndStopsOnItsFailure()
    {
        // Arrange
        var azureYaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "azure.yaml"));

        // Act
        var hooks = azureYaml[azureYaml.IndexOf("\nhooks:\n", StringComparison.Ordinal)..];

        // Assert
        Assert.Contains("  postdeploy:\n", hooks, StringComparison.Ordinal);
        Assert.Contains("run: ./scripts/smoke-postdeploy.sh\n", hooks, StringComparison.Ordinal);
        Assert.Contains("continueOnError: false\n", hooks, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoFiles.Root(), "scripts", "smoke-postdeploy.sh")));
    }

    [Theory]
    [InlineData(null, null, "no smoke-test client is reserved")]
    [InlineData("false", null, "no smoke-test client is reserved")]
    [InlineData("true", "true", "REGISTRY_SKIP_SMOKE_TEST=true")]
    public async Task Hook_WithoutASmokeClientOrSkipped_ExitsZeroSayingWhy(string? smokeTest, string? skip, string reason)
    {
        // Arrange: run as azd does, with sh, from the project directory
        var start = new ProcessStartInfo("sh") { WorkingDirectory = RepoFiles.Root(), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("./scripts/smoke-postdeploy.sh");
        SetOrRemove(start, "REGISTRY_SMOKE_TEST", smokeTest);
        SetOrRemove(start, "REGISTRY_SKIP_SMOKE_TEST", skip);

        // Act
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Assert
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("smoke test skipped: ", output, StringComparison.Ordinal);
        Assert.Contains(reason, output, StringComparison.Ordinal);
    }

    [Fact]
    public void EnableSmokeTest_ReservesTheSmokeClientWithOrdersAndBillingOnly()
    {
        // Arrange
        var variables = CompiledTemplate.Main.Root["variables"]!.AsObject();
        var client = variables["smokeTestClient"]!.AsObject();

        // Assert
        Assert.Equal("smoke_test", client["id"]!.ToString());
        Assert.Equal(["webshop"], client["channels"]!.AsArray().Select(c => c!.ToString()));
        Assert.Equal(["orders", "billing"], client["operations"]!.AsArray().Select(c => c!.ToString()));
        Assert.False(client.ContainsKey("audiences"));
        Assert.StartsWith("[if(parameters('enableSmokeTest'), concat(", variables["deployedClients"]!.ToString(), StringComparison.Ordinal);
        Assert.False(CompiledTemplate.Main.Root["parameters"]!["enableSmokeTest"]!["defaultValue"]!.GetValue<bool>());
        Assert.Contains("\"${REGISTRY_SMOKE_TEST=false}\"", File.ReadAllText(Path.Combine(RepoFiles.Root(), "infra", "main.parameters.json")), StringComparison.Ordinal);
    }

    private static void SetOrRemove(ProcessStartInfo start, string name, string? value)
    {
        if (value is null)
        {
            start.Environment.Remove(name);
        }
        else
        {
            start.Environment[name] = value;
        }
    }
}

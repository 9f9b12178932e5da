using Microsoft.AspNetCore.Hosting;
using Registry.DevHost.Tests.Support;

namespace Registry.DevHost.Tests.Configuration;

public sealed class DevHostConfigurationTests
{
    [Fact]
    public void CreateBuilder_LocalSettingsValues_ReachConfigurationAsSections()
    {
        var builder = TestDevHost.CreateBuilder([], new Dictionary<string, string>
        {
            ["Registry__Clients__webshop__SigningSecrets__0"] = "whsec_test",
            ["RegistryStorage"] = "UseDevelopmentStorage=true",
        }, out var folder);
        try
        {
            Assert.Equal("whsec_test", builder.Configuration["Registry:Clients:webshop:SigningSecrets:0"]);
            Assert.Equal("UseDevelopmentStorage=true", builder.Configuration["RegistryStorage"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CreateBuilder_EnvironmentVariable_WinsOverLocalSettings()
    {
        // A name no other test uses: environment variables are process-wide.
        const string Variable = "DevHostTests__EnvironmentWins";
        Environment.SetEnvironmentVariable(Variable, "from-environment");
        try
        {
            var builder = TestDevHost.CreateBuilder([], new Dictionary<string, string> { [Variable] = "from-file" }, out var folder);
            Directory.Delete(folder, recursive: true);

            Assert.Equal("from-environment", builder.Configuration["DevHostTests:EnvironmentWins"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }
    }

    [Fact]
    public void CreateBuilder_AzureFunctionsEnvironmentInLocalSettings_NamesTheEnvironment()
    {
        var builder = TestDevHost.CreateBuilder([], new Dictionary<string, string> { ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Staging" }, out var folder);
        Directory.Delete(folder, recursive: true);

        Assert.Equal("Staging", builder.Environment.EnvironmentName);
    }

    [Fact]
    public void CreateBuilder_NoUrlsGiven_ListensOnPort7071()
    {
        var options = new DevHostOptions { FunctionTypes = [], RegisterServices = (_, _) => { }, HostJsonPath = Path.Combine(Registry.Testing.RepoPaths.Root, "host.json") };

        var builder = DevHostApplication.CreateBuilder([], options);

        Assert.Equal("http://localhost:7071", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }
}

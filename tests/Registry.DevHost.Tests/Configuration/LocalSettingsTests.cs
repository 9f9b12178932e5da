using Registry.DevHost.Configuration;

namespace Registry.DevHost.Tests.Configuration;

public sealed class LocalSettingsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"local.settings.{Guid.NewGuid():N}.json");

    [Fact]
    public void Read_DoubleUnderscoreKeys_BecomeConfigurationSections()
    {
        File.WriteAllText(_path, """
            {
              "IsEncrypted": false,
              "Values": {
                "Registry__Clients__webshop__Channels__0": "webshop",
                "RegistryStorage": "UseDevelopmentStorage=true",
                "Registry__Retention__AccountingRetentionYears": 6
              },
              "ConnectionStrings": { "Sql": "Server=." }
            }
            """);

        var settings = LocalSettings.Read(_path);

        Assert.Equal("webshop", settings["Registry:Clients:webshop:Channels:0"]);
        Assert.Equal("UseDevelopmentStorage=true", settings["RegistryStorage"]);
        Assert.Equal("6", settings["Registry:Retention:AccountingRetentionYears"]);
        Assert.Equal("Server=.", settings["ConnectionStrings:Sql"]);
        Assert.DoesNotContain(settings.Keys, key => key.Contains("__", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EncryptedFile_Fails()
    {
        File.WriteAllText(_path, """{ "IsEncrypted": true, "Values": { "A": "xyz" } }""");

        Assert.Throws<InvalidOperationException>(() => LocalSettings.Read(_path));
    }

    public void Dispose() => File.Delete(_path);
}

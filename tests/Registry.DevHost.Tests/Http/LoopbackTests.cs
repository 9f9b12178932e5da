using Microsoft.AspNetCore.Hosting;

namespace Registry.DevHost.Tests.Http;

/// <summary>The dev host serves this machine only: it refuses to listen anywhere else.</summary>
public sealed class LoopbackTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("devhost-loopback-").FullName;

    [Theory]
    [InlineData("http://0.0.0.0:7071")]
    [InlineData("http://*:7071")]
    [InlineData("http://+:7071")]
    [InlineData("http://[::]:7071")]
    [InlineData("http://192.168.1.20:7071")]
    [InlineData("http://localhost:7071;http://0.0.0.0:7072")]
    public void CreateBuilder_NonLoopbackUrl_RefusesToStart(string urls)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => DevHostApplication.CreateBuilder(["--urls", urls], Options()));

        Assert.Contains("loopback only", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBuilder_KestrelEndpointsInSettings_RefusesToStart()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            DevHostApplication.CreateBuilder(["--Kestrel:Endpoints:Http:Url", "http://0.0.0.0:7071"], Options()));

        Assert.Contains("Kestrel:Endpoints", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBuilder_NoUrls_ListensOnLocalhost7071()
    {
        var builder = DevHostApplication.CreateBuilder([], Options());

        Assert.Equal(DevHostApplication.DefaultUrl, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DevHostOptions Options()
    {
        var folder = _folder;
        File.WriteAllText(Path.Combine(folder, "host.json"), """{"version":"2.0"}""");
        File.WriteAllText(Path.Combine(folder, "local.settings.json"), """{"IsEncrypted":false,"Values":{}}""");
        return new DevHostOptions
        {
            HostJsonPath = Path.Combine(folder, "host.json"),
            LocalSettingsPath = Path.Combine(folder, "local.settings.json"),
        };
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Worker;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.DevHost.Tests.Worker;

/// <summary>The dev host starting the real worker (Registry.Functions from its build output).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class WorkerStartTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("devhost-worker-").FullName;

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://[::1]:0")]
    public async Task Start_LoopbackUrl_ListensOnLoopbackOnlyOnceTheWorkerIsReady(string urls)
    {
        await using var app = DevHostApplication.CreateBuilder(["--urls", urls], Options(Sample())).Build();

        await app.StartAsync();

        Assert.All(app.Urls, url => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(url).Host.Trim('[', ']'))), url));
        Assert.NotNull(app.Services.GetRequiredService<WorkerSupervisor>().ProcessId);
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_WorkerMissingARequiredSetting_FailsNamingTheSetting()
    {
        var settings = Sample();
        settings.Remove("RegistryStorage");
        await using var app = DevHostApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"], Options(settings)).Build();

        var failure = await Assert.ThrowsAsync<WorkerStartupException>(() => app.StartAsync());

        Assert.Contains("'RegistryStorage'", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string?> Sample()
    {
        var values = LocalSettings.Sample().ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
        values["RegistryStorage"] = azurite.ConnectionString;
        values["AzureWebJobsStorage"] = azurite.ConnectionString;
        return values;
    }

    private DevHostOptions Options(Dictionary<string, string?> values)
    {
        File.WriteAllText(Path.Combine(_folder, "host.json"), """{"version":"2.0"}""");
        File.WriteAllText(Path.Combine(_folder, "local.settings.json"), JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }));
        return new DevHostOptions
        {
            HostJsonPath = Path.Combine(_folder, "host.json"),
            LocalSettingsPath = Path.Combine(_folder, "local.settings.json"),
        };
    }
}

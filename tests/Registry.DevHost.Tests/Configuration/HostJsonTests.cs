using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Registry.DevHost.Configuration;
using Registry.DevHost.Http;
using Registry.DevHost.Queues;

namespace Registry.DevHost.Tests.Configuration;

public sealed class HostJsonTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"host.{Guid.NewGuid():N}.json");

    [Fact]
    public void Read_RepositoryHostJson_BindsQueueAndHttpSettings()
    {
        var configuration = Bind(Path.Combine(Registry.Testing.RepoPaths.Root, "host.json"));

        var queues = configuration.GetSection(QueueHostOptions.Section).Get<QueueHostOptions>()!;
        Assert.Equal(8, queues.BatchSize);
        Assert.Equal(4, queues.EffectiveNewBatchThreshold);
        Assert.Equal(5, queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), queues.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), queues.MaxPollingInterval);
        Assert.Equal(QueueMessageEncoding.None, queues.MessageEncoding);
        Assert.Equal("api", configuration.GetSection(HttpHostOptions.Section).Get<HttpHostOptions>()!.RoutePrefix);
    }

    [Fact]
    public void Read_NoQueueSettings_LeavesTheExtensionDefaults()
    {
        File.WriteAllText(_path, """{ "version": "2.0", "extensions": { "http": { "routePrefix": "" } } }""");
        var configuration = Bind(_path);

        var queues = configuration.GetSection(QueueHostOptions.Section).Get<QueueHostOptions>() ?? new QueueHostOptions();
        Assert.Equal(16, queues.BatchSize);
        Assert.Equal(Environment.ProcessorCount * 8, queues.EffectiveNewBatchThreshold);
        Assert.Equal(5, queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.Zero, queues.VisibilityTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), queues.MaxPollingInterval);
        Assert.Equal(QueueMessageEncoding.Base64, queues.MessageEncoding);
        Assert.Equal("", configuration.GetSection(HttpHostOptions.Section).Get<HttpHostOptions>()!.RoutePrefix);
    }

    private static IConfiguration Bind(string path) =>
        new ConfigurationBuilder().AddInMemoryCollection(HostJson.Read(path)).Build();

    public void Dispose() => File.Delete(_path);
}

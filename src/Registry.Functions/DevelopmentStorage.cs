using Microsoft.Extensions.Hosting;
using Registry.Infrastructure.Storage;

namespace Registry.Functions;

/// <summary>
/// In Development only (Azurite), creates the tables, queues and containers at start-up, so a fresh
/// clone runs with one command. In Azure the deployment (infra/) creates them and the app's identity
/// has no right to.
/// </summary>
public sealed class DevelopmentStorage(StorageProvisioner provisioner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => provisioner.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

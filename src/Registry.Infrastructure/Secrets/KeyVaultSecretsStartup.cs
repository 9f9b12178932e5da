using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Loads every Key Vault secret before the app takes work, so a vault that does not answer stops
/// start-up with <see cref="KeyVaultSecretException"/>; then refreshes them every refresh interval.
/// </summary>
internal sealed class KeyVaultSecretsStartup(KeyVaultSecrets secrets, IOptions<SecretsOptions> options, TimeProvider time) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await secrets.LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await secrets.RefreshIfDueAsync(stoppingToken);
        }
    }
}

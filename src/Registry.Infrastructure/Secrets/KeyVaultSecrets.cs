using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Registry.Clients;
using Registry.Privacy;

namespace Registry.Infrastructure.Secrets;

/// <summary>
/// Secrets from Azure Key Vault, served from memory. <see cref="LoadAsync"/> reads everything at start-up
/// and throws when the vault does not answer; <see cref="RefreshIfDueAsync"/> reads again once the refresh
/// interval has passed and, when that fails, keeps serving the values it has and logs the outage once.
/// Requests never wait for Key Vault after start-up.
/// </summary>
internal sealed partial class KeyVaultSecrets(
    KeyVaultSecretReader reader, IOptions<SecretsOptions> options, TimeProvider time, ILogger<KeyVaultSecrets> logger) : IRegistrySecrets, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SecretSnapshot? _current;
    private DateTimeOffset _nextRefresh;
    private bool _inOutage;

    public async ValueTask<IReadOnlyList<byte[]>> GetSigningSecretsAsync(ClientId client, CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot.SigningSecrets.TryGetValue(client, out var secrets) ? secrets : [];
    }

    public async ValueTask<byte[]> GetBlindIndexRootKeyAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).BlindIndexRootKey;

    public async ValueTask<IReadOnlyList<KeyEncryptionKey>> GetKeyEncryptionKeysAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).KeyEncryptionKeys;

    public async ValueTask<IReadOnlyList<byte[]>> GetUnsubscribeTokenKeysAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).UnsubscribeTokenKeys;

    /// <summary>Reads every secret unless already loaded. Throws <see cref="KeyVaultSecretException"/> naming the vault and secret.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null)
            {
                await ReadAsync(cancellationToken);
                LogLoaded(logger, reader.Vault, _current!.SigningSecrets.Count, _current.KeyEncryptionKeys.Count);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Reads again when the refresh interval has passed. A failure keeps the cached values, is logged when
    /// an outage begins (not on every attempt) and is retried after another interval; recovery is logged too.
    /// </summary>
    public async Task RefreshIfDueAsync(CancellationToken cancellationToken = default)
    {
        if (_current is null)
        {
            await LoadAsync(cancellationToken);
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() < _nextRefresh)
            {
                return;
            }

            await ReadAsync(cancellationToken);
            if (_inOutage)
            {
                _inOutage = false;
                LogRecovered(logger, reader.Vault);
            }
        }
        catch (KeyVaultSecretException e)
        {
            _nextRefresh = time.GetUtcNow() + options.Value.RefreshInterval;
            if (!_inOutage)
            {
                _inOutage = true;
                LogRefreshFailed(logger, e.Vault, e.SecretName, e.Reason, e);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async ValueTask<SecretSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        // Loaded at start-up by KeyVaultSecretsStartup; loading here too keeps a host without hosted services working.
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }

        await LoadAsync(cancellationToken);
        return _current!;
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await reader.ReadAsync(cancellationToken);
        Volatile.Write(ref _current, snapshot);
        _nextRefresh = time.GetUtcNow() + options.Value.RefreshInterval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Secrets loaded from Key Vault {Vault}: {ClientCount} clients, {KeyEncryptionKeyVersions} key-encryption key versions")]
    private static partial void LogLoaded(ILogger logger, Uri vault, int clientCount, int keyEncryptionKeyVersions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Key Vault {Vault} did not serve secret {SecretName} ({Reason}); serving the cached secrets until a refresh succeeds")]
    private static partial void LogRefreshFailed(ILogger logger, Uri vault, string secretName, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Key Vault {Vault} answers again; secrets refreshed")]
    private static partial void LogRecovered(ILogger logger, Uri vault);
}

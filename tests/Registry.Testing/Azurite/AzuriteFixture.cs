using Xunit;

namespace Registry.Testing.Azurite;

/// <summary>
/// The Azurite shared by a test assembly's "Azurite" collection. Tests stay independent by using
/// unique table, queue and container names (<see cref="UniqueNames"/>), never by sharing data.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString =>
        _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

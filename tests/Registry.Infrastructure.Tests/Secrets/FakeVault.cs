using Azure;
using Azure.Security.KeyVault.Secrets;
using Moq;

namespace Registry.Infrastructure.Tests.Secrets;

/// <summary>
/// A Key Vault in memory behind a Moq <see cref="SecretClient"/>, built with the SDK's
/// <see cref="SecretModelFactory"/>: versions with their attributes, an outage switch, and call counts.
/// </summary>
internal sealed class FakeVault
{
    public static readonly Uri Uri = new("https://kv-reg-test.vault.azure.net/");

    private readonly Dictionary<string, List<(SecretProperties Properties, string Value)>> _secrets = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _epoch;
    private int _sequence;

    public FakeVault(DateTimeOffset epoch)
    {
        _epoch = epoch;
        Client = new Mock<SecretClient>(MockBehavior.Strict);
        Client.SetupGet(c => c.VaultUri).Returns(Uri);
        Client.Setup(c => c.GetPropertiesOfSecretVersionsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string name, CancellationToken _) => Versions(name));
        Client.Setup(c => c.GetSecretAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Returns((string name, string? version, CancellationToken _) => Get(name, version));
    }

    public Mock<SecretClient> Client { get; }

    /// <summary>Set to answer every call with this failure, as an unreachable or refusing vault does.</summary>
    public Exception? Failure { get; set; }

    public int Calls => Client.Invocations.Count(i => i.Method.Name != "get_VaultUri");

    /// <summary>Adds a version, newer than every version added before it.</summary>
    public SecretProperties Add(string name, string value, bool enabled = true, DateTimeOffset? expiresOn = null, DateTimeOffset? notBefore = null)
    {
        var version = $"v{++_sequence:D2}";
        var properties = SecretModelFactory.SecretProperties(
            id: new Uri(Uri, $"secrets/{name}/{version}"), vaultUri: Uri, name: name, version: version, createdOn: _epoch.AddMinutes(_sequence));
        properties.Enabled = enabled;
        properties.ExpiresOn = expiresOn;
        properties.NotBefore = notBefore;
        if (!_secrets.TryGetValue(name, out var versions))
        {
            _secrets[name] = versions = [];
        }

        versions.Add((properties, value));
        return properties;
    }

    private AsyncPageable<SecretProperties> Versions(string name)
    {
        ThrowIfDown();
        var versions = Find(name).Select(v => v.Properties).Reverse().ToList(); // the service's order is not ours
        return AsyncPageable<SecretProperties>.FromPages([Page<SecretProperties>.FromValues(versions, null, Mock.Of<Response>())]);
    }

    private Task<Response<KeyVaultSecret>> Get(string name, string? version)
    {
        ThrowIfDown();
        var versions = Find(name);
        var (properties, value) = version is null ? versions[^1] : versions.Single(v => v.Properties.Version == version);
        if (properties.Enabled != true)
        {
            throw new RequestFailedException(403, "Operation get is not allowed on a disabled secret.", "Forbidden", null);
        }

        return Task.FromResult(Response.FromValue(SecretModelFactory.KeyVaultSecret(properties, value), Mock.Of<Response>()));
    }

    private List<(SecretProperties Properties, string Value)> Find(string name) =>
        _secrets.TryGetValue(name, out var versions)
            ? versions
            : throw new RequestFailedException(404, $"A secret with (name/id) {name} was not found in this key vault.", "SecretNotFound", null);

    private void ThrowIfDown()
    {
        if (Failure is not null)
        {
            throw Failure;
        }
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Registry.Cases;
using Registry.Clients;
using Registry.Intake;
using Registry.Infrastructure.Tests.Orders;
using Registry.Orders.Ingest;
using Registry.Privacy;
using Registry.Privacy.Encryption;
using Registry.Subjects;
using Registry.Testing.Azurite;
using Registry.Testing.Builders;
using Registry.Testing.Harness;

namespace Registry.Infrastructure.Tests.Encryption;

[Collection(AzuriteCollection.Name)]
public class RewrapTests(AzuriteFixture azurite)
{
    private static readonly KeyEncryptionKey V1 = new("v1", RandomNumberGenerator.GetBytes(32));
    private static readonly KeyEncryptionKey V2 = new("v2", RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task RewrapAll_AfterRotation_MovesEveryKeyToTheNewestVersionSoTheOldOneCanRetire()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        var subjects = await IngestAsync(registry, 3);

        secrets.Keys = [V2, V1];
        var report = await registry.Get<IDataKeys>().RewrapAllAsync();

        Assert.Equal(new RewrapReport("v2", 6, 6, 0, 0, 0), report);
        secrets.Keys = [V2];
        foreach (var subject in subjects)
        {
            Assert.Equal("Maija", (await registry.Get<ISubjectReader>().ReadAsync(subject))!.Profile!.FirstName!.Value);
        }
    }

    [Fact]
    public async Task RewrapAll_KeysOfSingleRows_StayOnTheirRowsAndStillOpenThem()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        var subject = await BlindCommitStorageTests.WithBlindOrdersAsync(registry);
        var before = await BlindCommitStorageTests.PartitionAsync(registry, subject);

        secrets.Keys = [V2, V1];
        var report = await registry.Get<IDataKeys>().RewrapAllAsync();

        Assert.Equal((6, 0), (report.Rewrapped, report.Failed)); // two scope keys, two own keys for each of the two returning orders
        Assert.Equal(before, await BlindCommitStorageTests.PartitionAsync(registry, subject));
        secrets.Keys = [V2];
        var data = (await registry.Get<ISubjectReader>().ReadAsync(subject))!;
        Assert.Equal("+358402000002", data.Profile!.Phone!.Value.E164);
        Assert.All(data.Orders, o => Assert.Equal("Maija", o.BillTo!.FirstName));
    }

    [Fact]
    public async Task RewrapAll_RunAgain_LeavesCurrentKeysAlone()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        await IngestAsync(registry, 2);
        secrets.Keys = [V2, V1];
        await registry.Get<IDataKeys>().RewrapAllAsync();
        var before = await KeyRowsAsync(registry);

        var again = await registry.Get<IDataKeys>().RewrapAllAsync();

        Assert.Equal(new RewrapReport("v2", 4, 0, 4, 0, 0), again);
        Assert.Equal(before, await KeyRowsAsync(registry));
    }

    [Fact]
    public async Task RewrapAll_NeverBringsBackADestroyedKey()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        var subject = (await IngestAsync(registry, 1))[0];
        await registry.Get<IDataKeys>().ShredAsync(subject, DataScope.Profile);
        secrets.Keys = [V2, V1];

        var report = await registry.Get<IDataKeys>().RewrapAllAsync();

        Assert.Equal(1, report.Rewrapped);
        Assert.Equal([DataScope.Profile], (await registry.Get<ISubjectReader>().ReadAsync(subject))!.ErasedScopes);
    }

    [Fact]
    public async Task Read_OldVersionRetiredBeforeRewrap_FailsNamingOnlyIdentifiers()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        var subject = (await IngestAsync(registry, 1))[0];

        secrets.Keys = [V2];

        var error = await Assert.ThrowsAsync<DataKeyUnavailableException>(() => registry.Get<ISubjectReader>().ReadAsync(subject));
        Assert.Contains(subject.Value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Maija", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_AfterRotation_NewKeysAreWrappedWithTheNewestVersion()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        secrets.Keys = [V2, V1];

        await IngestAsync(registry, 1);

        Assert.All(await KeyRowsAsync(registry), row => Assert.Equal("v2", row.Version));
    }

    [Fact]
    public async Task RewrapAll_CoversCaseKeysAndSealedTriageOriginals()
    {
        var secrets = new RotatingSecrets(V1);
        await using var registry = await RegistryHarness.StartAsync(azurite.ConnectionString, services => services.AddSingleton<IRegistrySecrets>(secrets));
        var intake = registry.Get<SubjectRequestIntake>();
        var request = new System.Text.Json.Nodes.JsonObject
        {
            ["messageId"] = "<rewrap-1@mail.example>", ["receivedAt"] = "2026-11-24T08:00:00Z", ["channel"] = "email",
            ["from"] = "maija@example.fi", ["fromName"] = "Maija", ["subject"] = "Tietopyyntö", ["body"] = "Haluan kopion tiedoistani.",
        };
        var opened = await intake.HandleAsync(new QueuedMessage("subject-requests", "q-1", RegistryHarness.DefaultNow, System.Text.Encoding.UTF8.GetBytes(request.ToJsonString())));
        var triage = await intake.HandleAsync(new QueuedMessage("subject-requests", "q-2", RegistryHarness.DefaultNow, "not json, from Maija"u8.ToArray()));
        secrets.Keys = [V2, V1];

        var report = await registry.Get<IDataKeys>().RewrapAllAsync();

        Assert.Equal(new RewrapReport("v2", 3, 3, 0, 0, 0), report); // two case keys and the triage original's key
        secrets.Keys = [V2];
        Assert.Equal("maija@example.fi", (await registry.Get<ICaseStore>().GetAsync(opened.Reference))!.Case.Requester.Email);
        var original = (await registry.Get<ICaseStore>().GetAsync(triage.Reference))!.Case.OriginalBlob!;
        Assert.Equal("not json, from Maija", System.Text.Encoding.UTF8.GetString((await registry.Get<ITriageBlobs>().ReadAsync(original))!.Value.Span));
    }

    private static async Task<List<SubjectId>> IngestAsync(RegistryHarness registry, int count)
    {
        var subjects = new List<SubjectId>();
        for (var i = 0; i < count; i++)
        {
            subjects.Add(Assert.IsType<IngestOrderOutcome.Created>(await registry.IngestAsync(OrderJson.Valid())).Subject);
        }

        return subjects;
    }

    private static async Task<List<(string Row, string Version, string Wrapped)>> KeyRowsAsync(RegistryHarness registry) =>
        (await registry.ScanAsync(registry.Names.SubjectsTable))
            .Where(e => e.RowKey.StartsWith("key|", StringComparison.Ordinal))
            .Select(e => (e.PartitionKey + e.RowKey, e.GetString("KekVersion"), Convert.ToBase64String(e.GetBinary("Wrapped"))))
            .OrderBy(r => r.Item1)
            .ToList();

    /// <summary>Secrets whose key-encryption key versions a test changes, as a rotation in Key Vault would.</summary>
    private sealed class RotatingSecrets(KeyEncryptionKey initial) : IRegistrySecrets
    {
        private static readonly byte[] BlindIndexRoot = RandomNumberGenerator.GetBytes(32);

        public IReadOnlyList<KeyEncryptionKey> Keys { get; set; } = [initial];

        public ValueTask<IReadOnlyList<byte[]>> GetSigningSecretsAsync(ClientId client, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<byte[]>>([]);

        public ValueTask<byte[]> GetBlindIndexRootKeyAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(BlindIndexRoot);

        public ValueTask<IReadOnlyList<KeyEncryptionKey>> GetKeyEncryptionKeysAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Keys);

        public ValueTask<IReadOnlyList<byte[]>> GetUnsubscribeTokenKeysAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<byte[]>>([BlindIndexRoot]);
    }
}

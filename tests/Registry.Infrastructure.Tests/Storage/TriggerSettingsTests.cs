using Microsoft.Extensions.Configuration;
using Registry.Infrastructure.Secrets;
using Registry.Infrastructure.Storage;
using Registry.Clients;

namespace Registry.Infrastructure.Tests.Storage;

public class TriggerSettingsTests
{
    private static readonly Dictionary<string, string?> Flat = new()
    {
        ["RegistrySubjectRequestsQueue"] = "subject-requests",
        ["RegistryCaseActionsQueue"] = "case-actions",
        ["RegistryOutboundMailQueue"] = "outbound-mail",
        ["RegistryPurgeSchedule"] = "0 30 0 * * *",
    };

    [Fact]
    public void Check_FlatSettings_Passes()
    {
        Assert.Empty(TriggerSettings.Check(Configuration(Flat)));
    }

    [Fact]
    public void Check_RetiredHierarchicalName_IsRefusedNamingTheFlatOne()
    {
        var settings = new Dictionary<string, string?>(Flat) { ["Registry:Storage:OutboundMailQueue"] = "outbound-mail" };

        var failures = TriggerSettings.Check(Configuration(settings));

        Assert.Equal(
            ["Registry__Storage__OutboundMailQueue is no longer read: trigger settings are flat names the scale controller can resolve; set RegistryOutboundMailQueue instead."],
            failures);
    }

    [Fact]
    public void Check_MissingFlatSetting_IsNamed()
    {
        var settings = new Dictionary<string, string?>(Flat);
        settings.Remove("RegistryPurgeSchedule");

        Assert.Equal(["RegistryPurgeSchedule must be set: a trigger reads it (%RegistryPurgeSchedule%)."], TriggerSettings.Check(Configuration(settings)));
    }

    [Fact]
    public void Apply_FlatQueueNames_AreTheNamesTheProducersUse()
    {
        var names = new StorageNames();

        TriggerSettings.Apply(names, Configuration(new Dictionary<string, string?>(Flat) { ["RegistryOutboundMailQueue"] = "mail-1" }));

        Assert.Equal("mail-1", names.OutboundMailQueue);
        Assert.Equal("subject-requests", names.SubjectRequestsQueue);
    }

    [Fact]
    public void SigningSecretName_ClientIdWithUnderscores_IsAValidKeyVaultName()
    {
        Assert.Equal("client-store-helsinki-signing", SecretNames.Signing(ClientId.Parse("store_helsinki")));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

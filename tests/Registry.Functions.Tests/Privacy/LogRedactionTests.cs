using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Registry.Privacy.Classification;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Privacy;

/// <summary>The logging pipeline AddRegistryFunctions builds erases [PersonalData] log values and keeps identifiers.</summary>
public sealed partial class LogRedactionTests
{
    private const string SubjectId = "sub_redactiontest";
    private const string Email = "redaction.canary.x9@example.fi";

    [Fact]
    public void PersonalDataParameter_InTheRegistryPipeline_IsErasedAndIdentifiersStay()
    {
        using var services = Services(registry => registry.AddRegistryFunctions(Configuration()));

        var logger = services.GetRequiredService<ILogger<LogRedactionTests>>();

        LogCustomerSeen(logger, SubjectId, Email);

        var record = Assert.Single(services.GetFakeLogCollector().GetSnapshot());
        Assert.DoesNotContain(LogRecordText.Parts(record), part => part.Text.Contains(Email, StringComparison.Ordinal));
        Assert.Contains(SubjectId, record.Message, StringComparison.Ordinal);
        Assert.Equal(SubjectId, record.GetStructuredStateValue("SubjectId"));
    }

    [Fact]
    public void PersonalDataParameter_InTheFunctionsWorkerHost_IsErased()
    {
        // Built as Program.cs builds it, so the worker's own registrations come first, as they do in Azure.
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.ConfigureFunctionsWebApplication();
        builder.Configuration.AddInMemoryCollection(LocalSettings.Sample());
        builder.Services.AddRegistryFunctions(builder.Configuration);
        builder.Logging.AddFakeLogging();
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILogger<LogRedactionTests>>();

        LogCustomerSeen(logger, SubjectId, Email);

        var record = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Category == typeof(LogRedactionTests).FullName);
        Assert.Equal($"Customer {SubjectId} seen with e-mail ", record.Message);
    }

    // The control: the same pipeline with a redactor that keeps every value logs the e-mail, so the test
    // above fails whenever personal data is not erased.
    [Fact]
    public void PersonalDataParameter_WithRedactionSwitchedOff_IsLoggedInTheClear()
    {
        using var services = Services(registry => registry
            .AddRegistryFunctions(Configuration())
            .AddRedaction(redaction => redaction.SetFallbackRedactor<NullRedactor>().SetRedactor<NullRedactor>(new DataClassificationSet(RegistryTaxonomy.PersonalData))));
        var logger = services.GetRequiredService<ILogger<LogRedactionTests>>();

        LogCustomerSeen(logger, SubjectId, Email);

        var record = Assert.Single(services.GetFakeLogCollector().GetSnapshot());
        Assert.Contains(Email, record.Message, StringComparison.Ordinal);
    }

    // Without EnableRedaction the extended generator's classified values are dropped, not logged: safe for
    // personal data, but the identifiers vanish with them, which the first test would notice.
    [Fact]
    public void ClassifiedParameters_WithoutTheRegistryPipeline_AreDroppedNotLogged()
    {
        using var services = Services(_ => { });
        var logger = services.GetRequiredService<ILogger<LogRedactionTests>>();

        LogCustomerSeen(logger, SubjectId, Email);

        var record = Assert.Single(services.GetFakeLogCollector().GetSnapshot());
        Assert.DoesNotContain(Email, record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SubjectId, record.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        services.AddLogging(logging => logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(LocalSettings.Sample()).Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "Customer {SubjectId} seen with e-mail {Email}")]
    private static partial void LogCustomerSeen(ILogger logger, [PseudonymousIdentifier] string subjectId, [PersonalData] string email);
}

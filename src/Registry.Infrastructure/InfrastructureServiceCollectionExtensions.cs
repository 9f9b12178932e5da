using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Infrastructure.Health;
using Registry.Infrastructure.Letters;
using Registry.Infrastructure.Preferences;
using Registry.Infrastructure.Retention;
using Registry.Infrastructure.Secrets;
using Registry.Infrastructure.Storage;
using Registry.Infrastructure.Tables;
using Registry.Orders.Billing;
using Registry.Orders.Storage;
using Registry.Privacy.Encryption;
using Registry.Retention;
using Registry.Subjects;

namespace Registry.Infrastructure;

/// <summary>The Azure adapters for Registry.Core's ports, registered in one call.</summary>
public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAzureClients(clients =>
        {
            clients.AddRegistryStorageClients(configuration);
            clients.ConfigureDefaults(options =>
            {
                // Fail fast enough to answer 503 within a web shop's request timeout.
                options.Retry.MaxRetries = 2;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            });
        });

        services.AddOptions<StorageNames>().BindConfiguration(StorageNames.Section)
            .Configure(names => TriggerSettings.Apply(names, configuration)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<StorageNames>, TriggerSettingsValidation>();
        services.AddOptions<ClientDirectoryOptions>().BindConfiguration(ClientOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ClientDirectoryOptions>, Registry.Clients.Grants.ClientDirectoryValidation>();
        services.AddRegistrySecrets(configuration);
        services.AddSingleton<RegistryTables>();
        services.AddSingleton<StorageProvisioner>();
        services.AddSingleton<ISubjectLookup, TableSubjectLookup>();
        services.AddSingleton<IOrderClaims, TableOrderClaims>();
        services.AddSingleton<IWebhookIdLedger, Clients.TableWebhookIdLedger>();
        services.AddSingleton<TableSubjectPartitions>();
        services.AddSingleton<ISubjectPartitions>(sp => sp.GetRequiredService<TableSubjectPartitions>());
        services.AddSingleton<IBillingRecords, TableBillingRecords>();
        services.AddSingleton<IRetentionSchedule, TableRetentionSchedule>();
        services.AddSingleton<IFieldCipher, AesGcmFieldCipher>();
        services.AddSingleton<IDataKeys, TableDataKeys>();
        services.AddSingleton<ISubjectReader, TableSubjectReader>();
        services.AddSingleton<Registry.Clients.Grants.ICustomerRelationships, TableCustomerRelationships>();
        services.AddSingleton<Erasure.ISubjectEraser, TableSubjectEraser>();
        services.AddSingleton<Erasure.IAnonymousStatistics, TableAnonymousStatistics>();
        services.AddSingleton<Erasure.ILegalClaimHolds, TableLegalClaimHolds>();
        services.AddSingleton<Registry.Restrictions.ISubjectRestrictions, TableSubjectRestrictions>();
        services.AddSingleton<DependencyProbe>();
        services.AddRegistryPreferenceAdapters();
        services.AddSingleton<Registry.Cases.ICaseStore, Cases.TableCaseStore>();
        services.AddSingleton<Registry.Execution.IStepClaims, Cases.TableStepClaims>();
        services.AddSingleton<Cases.BlobTriageBlobs>();
        services.AddSingleton<Registry.Intake.ITriageBlobs>(sp => sp.GetRequiredService<Cases.BlobTriageBlobs>());
        services.AddSingleton<Registry.Cases.Attachments.ICaseAttachments, Cases.BlobCaseAttachments>();
        services.AddRegistryLetterAdapters(configuration);
        services.AddSingleton<Registry.Cases.Work.ICaseActions, Cases.QueueCaseActions>();
        services.AddSingleton<Registry.Audit.IAuditLog, Audit.BlobAuditLog>();
        services.AddSingleton<Registry.Audit.IAuditReasons, Audit.TableAuditReasons>();
        services.AddSingleton<Registry.Execution.Access.IAccessPackageFiles, Exports.BlobAccessPackageFiles>();
        services.AddSingleton<Registry.Execution.Access.IReadLinks, Exports.BlobReadLinks>();
        services.AddRegistryPurgeAdapters();
        services.AddSingleton(sp => ResidencyFactory.Create(
            configuration, sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<QueueServiceClient>(), sp.GetRequiredService<BlobServiceClient>()));
        return services;
    }
}

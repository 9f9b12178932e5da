using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Registry.Clients.Signing;
using Registry.Orders.Billing;
using Registry.Orders.Ingest;
using Registry.Preferences;
using Registry.Privacy;
using Registry.Retention;
using Registry.Retention.Purge;
using Registry.Unsubscribe;

namespace Registry;

/// <summary>The use cases and domain services, registered in one call; their ports are registered by an adapter project.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddRegistryCore(this IServiceCollection services)
    {
        services.AddOptions<IngestionLimits>().BindConfiguration(IngestionLimits.Section)
            .Validate(o => o.MaxBodyBytes > 0 && o.MaxLines > 0 && o.MaxQuantity > 0, "Ingestion limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.FinancialYearEndMonth is >= 1 and <= 12 && o.FinancialYearEndDay is >= 1 and <= 31
                && o.AccountingRetentionYears >= 0 && o.InactiveProfileYears > 0 && o.HoldRecheckDays > 0, "Retention settings are out of range.")
            .ValidateOnStart();

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<IngestionLimits>>().Value);
        services.AddSingleton(sp => new RetentionCalendar(sp.GetRequiredService<IOptions<RetentionOptions>>().Value));
        services.AddSingleton<IBlindIndex, HmacBlindIndex>();
        services.AddSingleton<WebhookVerifier>();
        services.AddSingleton<Clients.Grants.ClientGrants>();
        services.AddSingleton<OrderValidator>();
        services.AddSingleton<IngestOrderHandler>();
        services.AddSingleton<UpdateBillingHandler>();

        // Preferences, unsubscribe links and audiences (issue 4).
        services.AddOptions<PreferenceDefaults>().BindConfiguration(PreferenceDefaults.Section)
            .Validate(o => o.IsValid(), "Registry:Preferences:Defaults maps purposes to consented or objected.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PreferenceDefaults>>().Value);
        services.AddSingleton<PreferenceEventsValidator>();
        services.AddSingleton<RecordPreferencesHandler>();
        services.AddOptions<UnsubscribeOptions>().BindConfiguration(UnsubscribeOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Unsubscribe:BaseUrl must be an https (or loopback) URL and LinkLifetime positive.")
            .ValidateOnStart();
        services.AddSingleton<UnsubscribeTokenCodec>();
        services.AddSingleton<UnsubscribeHandler>();
        services.AddSingleton<Audiences.AudienceHandler>();
        services.AddOptions<Cases.CaseOptions>().BindConfiguration(Cases.CaseOptions.Section)
            .Validate(o => o.VerificationMethods.Count > 0 && o.DeadlineWarningDays >= 0, "Case settings are out of range.")
            .ValidateOnStart();
        services.AddSingleton<Letters.CaseLetters>();
        services.AddOptions<Letters.Delivery.LetterDeliveryOptions>().BindConfiguration(Letters.Delivery.LetterDeliveryOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Letters: MaxAttempts, FirstRetryDelay and SendingLease must be positive.")
            .ValidateOnStart();
        services.AddSingleton<Letters.Delivery.LetterSender>();
        services.AddMetrics();
        services.AddSingleton<Telemetry.RegistryMetrics>();
        services.AddSingleton<Cases.Work.VerificationEvidence>();
        services.AddSingleton<Cases.Work.CaseWork>();
        services.AddSingleton<Cases.DeadlineWatch>();
        services.AddSingleton<Intake.CaseOpener>();
        services.AddSingleton<Letters.Acknowledger>();
        services.AddSingleton<Intake.MailAttachments>();
        services.AddSingleton<Intake.SubjectRequestIntake>();

        // Carrying out decided cases (issue 6): one step per request type.
        services.AddSingleton<Execution.CaseActionExecutor>();
        services.AddOptions<RetentionOptions>().Validate(o => o.AccessPackageDays > 0, "Registry:Retention:AccessPackageDays must be positive.");
        services.AddSingleton<Execution.Access.AccessPackageBuilder>();
        services.AddSingleton<Execution.Access.NoticeRecipient>();
        services.AddSingleton<Execution.ICaseActionStep, Execution.Access.AccessStep>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value);
        services.AddSingleton<Erasure.SubjectErasure>();
        services.AddSingleton<Erasure.Anonymisation>();
        services.AddSingleton<Erasure.LegalClaims>();
        services.AddSingleton<Erasure.AccessPackageRemoval>();
        services.AddSingleton<Erasure.AttachmentRemoval>();
        services.AddSingleton<Execution.Erasure.HeldErasureCompletion>();
        services.AddSingleton<Execution.Erasure.ErasureRun>();
        services.AddSingleton<Execution.ICaseActionStep, Execution.Erasure.ErasureStep>();
        services.AddSingleton<Execution.ICaseActionStep, Execution.Erasure.AnonymisationStep>();
        services.AddSingleton<IPurgeRule, Retention.Review.SubjectReviewRule>();

        // The nightly retention purge (issue 7).
        services.AddRegistryPurge();

        // Rectification, objection and restriction steps; the contacts Art. 19 notices go to.
        services.AddOptions<Recipients.RecipientDirectoryOptions>().BindConfiguration(Recipients.RecipientDirectoryOptions.Section)
            .Validate(o => o.IsValid(), "Registry:Recipients:{id}:Language must be fi or en.")
            .ValidateOnStart();
        services.AddSingleton<Rectification.RectifiedEmail>();
        services.AddSingleton<Execution.ICaseActionStep, Rectification.RectificationStep>();
        services.AddSingleton<Execution.ICaseActionStep, Objections.ObjectionStep>();
        services.AddSingleton<Execution.ICaseActionStep, Restrictions.RestrictionStep>();
        services.AddSingleton<Restrictions.LiftRestrictionHandler>();
        return services;
    }
}

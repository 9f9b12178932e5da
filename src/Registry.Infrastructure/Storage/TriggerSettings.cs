using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Registry.Infrastructure.Storage;

/// <summary>
/// The settings trigger expressions read are flat names (no <c>:</c> or <c>__</c>), so the Functions scale controller
/// can resolve them and scale or wake the queue functions; the app reads the same names, so trigger and producer
/// agree. The hierarchical names used before are refused with the flat name to use instead.
/// </summary>
public static class TriggerSettings
{
    public const string PurgeSchedule = "RegistryPurgeSchedule";

    private static readonly (string Flat, string Retired)[] Names =
    [
        (StorageNames.SubjectRequestsQueueSetting, "Registry:Storage:SubjectRequestsQueue"),
        (StorageNames.CaseActionsQueueSetting, "Registry:Storage:CaseActionsQueue"),
        (StorageNames.OutboundMailQueueSetting, "Registry:Storage:OutboundMailQueue"),
        (PurgeSchedule, "Registry:Retention:PurgeSchedule"),
    ];

    /// <summary>Reads the queue names from their flat settings.</summary>
    public static void Apply(StorageNames names, IConfiguration configuration)
    {
        names.SubjectRequestsQueue = configuration[StorageNames.SubjectRequestsQueueSetting] ?? names.SubjectRequestsQueue;
        names.CaseActionsQueue = configuration[StorageNames.CaseActionsQueueSetting] ?? names.CaseActionsQueue;
        names.OutboundMailQueue = configuration[StorageNames.OutboundMailQueueSetting] ?? names.OutboundMailQueue;
    }

    /// <summary>One failure per trigger setting that is missing or still set under its retired hierarchical name.</summary>
    public static List<string> Check(IConfiguration configuration)
    {
        var failures = new List<string>();
        foreach (var (flat, retired) in Names)
        {
            if (configuration[retired] is not null)
            {
                failures.Add($"{retired.Replace(":", "__", StringComparison.Ordinal)} is no longer read: trigger settings are flat names the scale controller can resolve; set {flat} instead.");
            }
            else if (string.IsNullOrWhiteSpace(configuration[flat]))
            {
                failures.Add($"{flat} must be set: a trigger reads it (%{flat}%).");
            }
        }

        return failures;
    }
}

/// <summary>Refuses to start on a missing or retired trigger setting, naming it.</summary>
internal sealed class TriggerSettingsValidation(IConfiguration configuration) : IValidateOptions<StorageNames>
{
    public ValidateOptionsResult Validate(string? name, StorageNames options) =>
        TriggerSettings.Check(configuration) is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
}

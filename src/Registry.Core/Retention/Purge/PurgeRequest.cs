namespace Registry.Retention.Purge;

/// <summary>One request to purge: <paramref name="DryRun"/> null takes the setting.</summary>
public sealed record PurgeRequest(bool? DryRun = null);

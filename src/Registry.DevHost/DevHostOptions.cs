namespace Registry.DevHost;

/// <summary>Which settings files the dev host reads; null searches beside the binaries and above (SettingsFileLocator).</summary>
public sealed class DevHostOptions
{
    /// <summary>Command-line or environment key for a local.settings.json to use.</summary>
    public const string LocalSettingsKey = "DevHost:LocalSettings";

    /// <summary>Command-line or environment key for a host.json to use.</summary>
    public const string HostJsonKey = "DevHost:HostJson";

    public string? HostJsonPath { get; init; }

    public string? LocalSettingsPath { get; init; }
}

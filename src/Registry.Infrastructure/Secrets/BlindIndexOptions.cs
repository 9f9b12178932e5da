namespace Registry.Infrastructure.Secrets;

/// <summary>Development only: the blind-index root key as a configuration value.</summary>
public sealed class BlindIndexOptions
{
    public const string Section = "Registry:BlindIndex";

    public string DevelopmentKey { get; set; } = string.Empty;
}

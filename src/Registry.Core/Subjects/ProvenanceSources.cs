using Registry.Clients;

namespace Registry.Subjects;

/// <summary>
/// Provenance sources the register writes itself, beside the sales channels and preference channels that
/// clients deliver through [S3].
/// </summary>
public static class ProvenanceSources
{
    /// <summary>A value the privacy officer corrected on a rectification request (Art. 16) [S9].</summary>
    public const string Rectification = "rectification";

    /// <summary>The "client" of values the register itself records: no outside system delivered them.</summary>
    public static ClientId Register { get; } = ClientId.Parse("registry");
}

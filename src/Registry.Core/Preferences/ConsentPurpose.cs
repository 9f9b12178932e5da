namespace Registry.Preferences;

/// <summary>The purposes a person can object to or consent to [S1, S8, S10].</summary>
public enum ConsentPurpose
{
    DirectAdvertising,
    DistanceSelling,
    DirectMarketing,
    MarketResearch,
    TargetedContent,
    Publication,
}

public static class ConsentPurposes
{
    private static readonly Dictionary<string, ConsentPurpose> ByWire = new(StringComparer.Ordinal)
    {
        ["direct_advertising"] = ConsentPurpose.DirectAdvertising,
        ["distance_selling"] = ConsentPurpose.DistanceSelling,
        ["direct_marketing"] = ConsentPurpose.DirectMarketing,
        ["market_research"] = ConsentPurpose.MarketResearch,
        ["targeted_content"] = ConsentPurpose.TargetedContent,
        ["publication"] = ConsentPurpose.Publication,
    };

    public static IEnumerable<string> WireNames => ByWire.Keys;

    public static bool TryParse(string? text, out ConsentPurpose purpose) =>
        ByWire.TryGetValue(text ?? string.Empty, out purpose);

    public static string ToWire(this ConsentPurpose purpose) =>
        ByWire.First(pair => pair.Value == purpose).Key;
}

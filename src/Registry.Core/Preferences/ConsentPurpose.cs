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

namespace Registry.Preferences;

/// <summary>
/// What "object to marketing" covers when a person does not name purposes: direct advertising, distance selling,
/// direct marketing and market and opinion research [S8], other marketing [S10], and targeted content, because
/// the objection to direct marketing includes profiling related to it (Art. 21(2)). Publication [S1] is not
/// marketing, so it needs its own objection.
/// </summary>
public static class MarketingPurposes
{
    public static IReadOnlyList<ConsentPurpose> All { get; } =
    [
        ConsentPurpose.DirectAdvertising, ConsentPurpose.DistanceSelling, ConsentPurpose.DirectMarketing,
        ConsentPurpose.MarketResearch, ConsentPurpose.TargetedContent,
    ];
}

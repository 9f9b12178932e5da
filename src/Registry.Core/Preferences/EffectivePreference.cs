namespace Registry.Preferences;

/// <summary>
/// Whether a person may be contacted for a purpose today. An objection to direct marketing covers every
/// form of it (Art. 21(3)): direct advertising and distance selling are direct marketing too, so that
/// objection closes them whatever their own state or default says.
/// </summary>
public static class EffectivePreference
{
    private static readonly ConsentPurpose[] DirectMarketingForms =
        [ConsentPurpose.DirectAdvertising, ConsentPurpose.DistanceSelling, ConsentPurpose.DirectMarketing];

    /// <summary>Whether the Art. 21(3) objection to direct marketing (and the suppression list) applies to this purpose.</summary>
    public static bool IsDirectMarketing(ConsentPurpose purpose) => DirectMarketingForms.Contains(purpose);

    public static PreferenceState StateOf(
        ConsentPurpose purpose, IReadOnlyDictionary<ConsentPurpose, PreferenceState> recorded, PreferenceDefaults defaults)
    {
        if (IsDirectMarketing(purpose)
            && recorded.TryGetValue(ConsentPurpose.DirectMarketing, out var directMarketing) && directMarketing == PreferenceState.Objected)
        {
            return PreferenceState.Objected;
        }

        return recorded.TryGetValue(purpose, out var state) ? state : defaults.For(purpose);
    }
}

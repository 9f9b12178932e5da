namespace Registry.Preferences;

/// <summary>
/// The state that applies to a purpose a person has made no choice about (<c>Registry:Preferences:Defaults</c>).
/// Direct marketing to existing customers rests on legitimate interest with a right to object [S8];
/// profiling for targeted content and publication need consent, so they default to objected.
/// </summary>
public sealed class PreferenceDefaults
{
    public const string Section = "Registry:Preferences";

    public Dictionary<string, string> Defaults { get; set; } = new(StringComparer.Ordinal)
    {
        ["direct_advertising"] = "consented",
        ["distance_selling"] = "consented",
        ["direct_marketing"] = "consented",
        ["market_research"] = "consented",
        ["targeted_content"] = "objected",
        ["publication"] = "objected",
    };

    public PreferenceState For(ConsentPurpose purpose) =>
        Defaults.TryGetValue(Serialization.WireName<ConsentPurpose>.Of(purpose), out var text)
        && Serialization.WireName<PreferenceState>.TryParse(text, out var state)
            ? state
            : PreferenceState.Objected;

    public bool IsValid() =>
        Defaults.All(p => Serialization.WireName<ConsentPurpose>.TryParse(p.Key, out _) && Serialization.WireName<PreferenceState>.TryParse(p.Value, out _));
}

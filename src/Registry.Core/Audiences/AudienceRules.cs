using Registry.Preferences;

namespace Registry.Audiences;

/// <summary>Who may be contacted for a purpose today: no marker, no objection (own or, for direct marketing, Art. 21(3)), and a contact to use.</summary>
public static class AudienceRules
{
    public static bool MayContact(AudienceCandidate candidate, ConsentPurpose purpose, PreferenceDefaults defaults)
    {
        if (candidate.Markers.Restricted || candidate.Markers.Erased || candidate.Contact.Email is null)
        {
            return false;
        }

        var recorded = candidate.Preferences.ToDictionary(p => p.Key, p => p.Value.State);
        return EffectivePreference.StateOf(purpose, recorded, defaults) == PreferenceState.Consented;
    }

    /// <summary>
    /// The suppression list wins unless the person consented to direct marketing, as their own act, after the
    /// objection it holds: a later consent is theirs to give; a client's checkout default, back-office entry or
    /// import is not (the deciding event of a consent is the person's own whenever they gave one).
    /// </summary>
    public static bool IsSuppressed(AudienceCandidate candidate, DateTimeOffset? suppressedSince) =>
        suppressedSince is { } since
        && !(candidate.Preferences.TryGetValue(ConsentPurpose.DirectMarketing, out var marketing)
             && marketing.State == PreferenceState.Consented && marketing.Actor == PreferenceActor.Person && marketing.OccurredAt > since);

    /// <summary><c>consent</c> when a recorded consent decides, else <c>legitimate_interest</c> (the default applied).</summary>
    public static string Basis(AudienceCandidate candidate, ConsentPurpose purpose) =>
        candidate.Preferences.TryGetValue(purpose, out var recorded) && recorded.State == PreferenceState.Consented ? "consent" : "legitimate_interest";
}

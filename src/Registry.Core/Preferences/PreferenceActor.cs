namespace Registry.Preferences;

/// <summary>
/// Whose act a preference event records. A person's own objection is lifted only by the person's own later
/// consent (Art. 21(3), notice [S8, S10]); a client's act (a checkout default, a back-office change) never lifts it.
/// </summary>
public enum PreferenceActor
{
    /// <summary>The calling system decided or recorded it: a checkout default, a store or customer-service entry.</summary>
    Client,

    /// <summary>
    /// The person acted themselves: a one-click link, a subject-request case, the suppression list, or a
    /// preference-page or double opt-in event sent with its evidence.
    /// </summary>
    Person,
}

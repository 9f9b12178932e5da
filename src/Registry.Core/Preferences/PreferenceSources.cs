namespace Registry.Preferences;

/// <summary>The channels a preference event may come through [S3]; each becomes the provenance's source.</summary>
public enum PreferenceChannel
{
    Webshop,
    Store,
    Reseller,
    PreferencePage,
    Email,
    CustomerService,

    /// <summary>The one-click unsubscribe link (RFC 8058); only the register itself records these.</summary>
    UnsubscribeLink,

    /// <summary>Re-applied from the suppression list to a person who objected before being erased.</summary>
    SuppressionList,

    /// <summary>A subject request decided by the privacy officer (Art. 21); the evidence is the case reference.</summary>
    SubjectRequest,
}

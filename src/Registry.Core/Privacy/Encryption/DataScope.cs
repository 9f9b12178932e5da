namespace Registry.Privacy.Encryption;

/// <summary>
/// What a data key protects (design D5). Each scope of a subject has its own key, so one can be
/// destroyed while the other's retention still runs.
/// </summary>
public enum DataScope
{
    /// <summary>Contact data and its provenance: kept while the customer relationship lasts.</summary>
    Profile,

    /// <summary>Order and billing data the Accounting Act keeps (bill-to party, invoice reference, line texts).</summary>
    Accounting,

    /// <summary>A subject-request case's requester, message and free-text notes: kept as long as the case file.</summary>
    Case,
}

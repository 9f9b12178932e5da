using Registry.Audiences;
using Registry.Orders.Billing;
using Registry.Orders.Storage;
using Registry.Preferences;
using Registry.Privacy.Encryption;

namespace Registry.Subjects;

/// <summary>Everything the register holds about one person, opened with their data keys: one partition query.</summary>
public interface ISubjectReader
{
    /// <summary>The subject's data; null when the register holds nothing about them.</summary>
    Task<SubjectData?> ReadAsync(SubjectId subject, CancellationToken cancellationToken = default);
}

/// <summary>
/// One person's data as read back. Values whose data key was destroyed read as null; <see cref="ErasedScopes"/>
/// says which scopes that happened to. <see cref="Preferences"/> are the deciding event per purpose,
/// <see cref="PreferenceHistory"/> every event recorded.
/// </summary>
public sealed record SubjectData(
    SubjectId Subject,
    CustomerProfile? Profile,
    IReadOnlyList<StoredOrder> Orders,
    IReadOnlyList<PreferenceEvent> Preferences)
{
    public IReadOnlyList<PreferenceEvent> PreferenceHistory { get; init; } = [];

    public IReadOnlyList<BillingHistoryEntry> BillingHistory { get; init; } = [];

    public IReadOnlyList<DisclosureEntry> Disclosures { get; init; } = [];

    public SubjectStatus Status { get; init; } = SubjectStatus.None;

    /// <summary>
    /// The profile and current preferences as read, with their versions and keys and the appended rows they fold in
    /// (<see cref="SubjectRecord.Folded"/>): set only when the partition holds rows that returning customers' orders appended
    /// next to a profile row, so a write can fold them away (the purge's review of the person); null otherwise. Never
    /// serialised: it holds the person's data keys, and the views of a person (staff API, access package) show the folded values above.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SubjectRecord? Appended { get; init; }

    public IReadOnlySet<DataScope> ErasedScopes { get; } = new HashSet<DataScope>(
        (Profile?.Erased == true ? [DataScope.Profile] : Array.Empty<DataScope>())
        .Concat(Orders.Any(order => order.IsErased) ? [DataScope.Accounting] : []));
}

/// <summary>One change of an order's invoice status, as the invoicing service reported it.</summary>
public sealed record BillingHistoryEntry(Orders.OrderRef Order, InvoiceStatus Status, DateOnly Date);

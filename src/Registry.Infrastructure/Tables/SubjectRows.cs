using Registry.Orders;
using Registry.Preferences;
using Registry.Privacy.Encryption;
using Registry.Serialization;

namespace Registry.Infrastructure.Tables;

/// <summary>RowKeys inside a subject's partition. None carries personal data: only opaque references and enum names.</summary>
internal static class SubjectRows
{
    public const string Profile = "profile";

    /// <summary>A contact snapshot: the customer details of one returning customer's order, written without reading the partition.</summary>
    public const string SnapshotPrefix = "profile|";

    /// <summary>Just past the profile and every snapshot: '}' follows '|'.</summary>
    public const string ProfileEnd = "profile}";

    public static string Snapshot(OrderRef order) => $"{SnapshotPrefix}{order}";
    public const string PreferencePrefix = "pref|";

    public const string OrderPrefix = "order|";

    public static string Order(OrderRef order) => $"{OrderPrefix}{order}";

    public const string BillingPrefix = "billing|";

    public static string Billing(OrderRef order, string change) => $"{BillingPrefix}{order}|{change}";

    public const string DisclosurePrefix = "disclosure|";

    /// <summary>Art. 18: the person's data is restricted (audiences and search leave them out).</summary>
    public const string Restricted = "status|restricted";

    /// <summary>The person is erased except what a hold keeps; the purge finishes the rest.</summary>
    public const string Erased = "status|erased";

    /// <summary>The privacy officer's legal-claim hold (Art. 17(3)(e)).</summary>
    public const string LegalClaim = "hold|legal-claim";

    public static string Preference(ConsentPurpose purpose) => $"{PreferencePrefix}{purpose.ToWire()}";

    /// <summary>
    /// An event a returning customer's order recorded without reading the current row, folded into it on every read:
    /// <c>pref|{purpose}|{event id}</c>, inside the current rows' range.
    /// </summary>
    public static string PendingPreference(ConsentPurpose purpose, string eventId) => $"{Preference(purpose)}|{eventId}";

    public static bool IsPendingPreference(string row) =>
        row.StartsWith(PreferencePrefix, StringComparison.Ordinal) && row.IndexOf('|', PreferencePrefix.Length) >= 0;

    public static bool IsCurrentPreference(string row) =>
        row.StartsWith(PreferencePrefix, StringComparison.Ordinal) && row.IndexOf('|', PreferencePrefix.Length) < 0;

    public const string PreferenceEventPrefix = "prefevent|";

    public static string PreferenceEvent(string eventId) => $"{PreferenceEventPrefix}{eventId}";

    public const string DataKeyPrefix = "key|";

    /// <summary>Just past every <see cref="DataKey"/> row: '}' follows '|'.</summary>
    public const string DataKeyEnd = "key}";

    public static string DataKey(DataScope scope) => $"{DataKeyPrefix}{scope.ToWire()}";

    /// <summary>The key of one row's own (<c>order|{ref}</c>, <c>profile|{ref}</c>), destroyed with its scope's key.</summary>
    public static string RowDataKey(DataScope scope, string rowRef) => $"{DataKey(scope)}|{rowRef}";

    /// <summary>Just past a scope's own key and its rows' keys: '}' follows '|'.</summary>
    public static string DataKeyScopeEnd(DataScope scope) => $"{DataKey(scope)}}}";
}

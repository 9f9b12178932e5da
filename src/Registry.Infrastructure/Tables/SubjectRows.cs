using Registry.Orders;
using Registry.Preferences;
using Registry.Privacy.Encryption;
using Registry.Serialization;

namespace Registry.Infrastructure.Tables;

/// <summary>RowKeys inside a subject's partition. None carries personal data: only opaque references and enum names.</summary>
internal static class SubjectRows
{
    public const string Profile = "profile";
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

    public const string PreferenceEventPrefix = "prefevent|";

    public static string PreferenceEvent(string eventId) => $"{PreferenceEventPrefix}{eventId}";

    public const string DataKeyPrefix = "key|";

    /// <summary>Just past every <see cref="DataKey"/> row: '}' follows '|'.</summary>
    public const string DataKeyEnd = "key}";

    public static string DataKey(DataScope scope) => $"{DataKeyPrefix}{scope.ToWire()}";
}

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

    public static string Billing(OrderRef order, string change) => $"billing|{order}|{change}";

    public static string Preference(ConsentPurpose purpose) => $"{PreferencePrefix}{purpose.ToWire()}";

    public static string PreferenceEvent(string eventId) => $"prefevent|{eventId}";

    public const string DataKeyPrefix = "key|";

    /// <summary>Just past every <see cref="DataKey"/> row: '}' follows '|'.</summary>
    public const string DataKeyEnd = "key}";

    public static string DataKey(DataScope scope) => $"{DataKeyPrefix}{scope.ToWire()}";
}

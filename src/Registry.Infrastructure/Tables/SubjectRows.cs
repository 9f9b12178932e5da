using Registry.Orders;
using Registry.Preferences;
using Registry.Serialization;

namespace Registry.Infrastructure.Tables;

/// <summary>RowKeys inside a subject's partition. None carries personal data: only opaque references and enum names.</summary>
internal static class SubjectRows
{
    public const string Profile = "profile";
    public const string PreferencePrefix = "pref|";

    public static string Order(OrderRef order) => $"order|{order}";

    public static string Billing(OrderRef order, string change) => $"billing|{order}|{change}";

    public static string Preference(ConsentPurpose purpose) => $"{PreferencePrefix}{purpose.ToWire()}";

    public static string PreferenceEvent(string eventId) => $"prefevent|{eventId}";
}

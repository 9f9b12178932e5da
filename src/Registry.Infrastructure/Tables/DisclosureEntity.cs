using Azure.Data.Tables;
using Registry.Audiences;
using Registry.Clients;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;

namespace Registry.Infrastructure.Tables;

/// <summary>A <c>disclosure|{id}</c> row: to whom, why and what of the person was given (no personal value itself).</summary>
internal static class DisclosureEntity
{
    public static TableEntity ToEntity(DisclosureEntry entry) => new(entry.Subject.Value, SubjectRows.DisclosurePrefix + entry.DisclosureId)
    {
        ["Recipient"] = entry.Recipient.Value,
        ["RecipientKind"] = "client",
        ["Purpose"] = entry.Purpose.ToWire(),
        ["Categories"] = string.Join(',', entry.Categories),
        ["Basis"] = entry.Basis,
        ["DisclosedAt"] = entry.DisclosedAt,
    };

    public static DisclosureEntry FromEntity(TableEntity entity) => new(
        entity.RowKey[SubjectRows.DisclosurePrefix.Length..],
        SubjectId.Parse(entity.PartitionKey),
        ClientId.Parse(entity.GetString("Recipient")),
        Stored.Parse<ConsentPurpose>(entity.GetString("Purpose"), WireName<ConsentPurpose>.TryParse),
        (entity.GetString("Categories") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
        entity.GetString("Basis") ?? string.Empty,
        entity.GetDateTimeOffset("DisclosedAt") ?? DateTimeOffset.MinValue);
}

using System.Text.Json;

namespace Registry.Rectification;

/// <summary>Field names on the wire (as in an order's <c>customer</c>: <c>firstName</c>, <c>postalAddress</c>…) and the data category [S2] each belongs to.</summary>
public static class ProfileFields
{
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<ProfileField>().Select(Name).ToList();

    public static string Name(ProfileField field) => JsonNamingPolicy.CamelCase.ConvertName(field.ToString());

    public static bool TryParse(string? text, out ProfileField field)
    {
        field = Enum.GetValues<ProfileField>().FirstOrDefault(f => Name(f) == text);
        return text is not null && Name(field) == text;
    }

    /// <summary>The category a disclosure row names (<c>DisclosureEntry.Categories</c>), so a notice goes only where the value went.</summary>
    public static string Category(ProfileField field) => field switch
    {
        ProfileField.FirstName or ProfileField.LastName => "name",
        ProfileField.Organisation => "organisation",
        ProfileField.Email => "email",
        ProfileField.Phone => "phone",
        _ => "postal_address",
    };
}

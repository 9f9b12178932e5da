using System.Collections.Frozen;
using System.Text;

namespace Registry.Serialization;

/// <summary>
/// The names enums have on the wire and in storage: the member name in snake_case
/// (<c>InCollection</c> ↔ <c>in_collection</c>). Parsing is exact: no numbers, no other casing,
/// so a client cannot send <c>"1"</c> or <c>"Paid"</c> and have it mean something.
/// </summary>
public static class WireName<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => SnakeCase(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ByName =
        ByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<TEnum>().Select(value => ByValue[value]).ToList();

    public static bool TryParse(string? text, out TEnum value) => ByName.TryGetValue(text ?? string.Empty, out value);

    public static string Of(TEnum value) =>
        ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value));

    private static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

/// <summary><c>value.ToWire()</c> for any enum.</summary>
public static class WireNameExtensions
{
    public static string ToWire<TEnum>(this TEnum value)
        where TEnum : struct, Enum => WireName<TEnum>.Of(value);
}

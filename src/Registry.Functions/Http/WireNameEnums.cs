using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Serialization;

namespace Registry.Functions.Http;

/// <summary>
/// Writes every enum in an answer as its wire name (<c>in_collection</c>, never <c>2</c>): a person reads these
/// answers, and a number means nothing to them. Reads wire names only, as <see cref="WireName{TEnum}"/> parses.
/// </summary>
public sealed class WireNameEnums : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && WireName<TEnum>.TryParse(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"must be one of: {string.Join(", ", WireName<TEnum>.All)}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WireName<TEnum>.Of(value));
    }
}

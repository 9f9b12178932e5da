using System.Text.Json.Serialization;
using System.Text.Json;

namespace Registry.Serialization;

/// <summary>
/// Writes a validated value type as its plain string and reads it back through its own parser, so
/// stored and transmitted JSON can never hold an identifier that would not pass validation.
/// </summary>
public abstract class StringValueConverter<T> : JsonConverter<T>
    where T : struct
{
    protected abstract bool TryParse(string? text, out T value);

    protected abstract string Format(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryParse(reader.GetString(), out var value) ? value : throw new JsonException($"Not a valid {typeof(T).Name}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}

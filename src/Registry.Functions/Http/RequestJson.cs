using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>Reads request bodies: unknown fields are dropped, a malformed body names the path where it broke.</summary>
public static class RequestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 16,
        NumberHandling = JsonNumberHandling.Strict,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Finnish letters as themselves (Åland, not \u00C5land); HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static Validated<T> Read<T>(ReadOnlyMemory<byte> body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, Options) is { } value
                ? Validated<T>.Valid(value)
                : Validated<T>.Invalid([new FieldError("$", "The body must be a JSON object.")]);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
            return Validated<T>.Invalid([new FieldError(field, "is not valid JSON or has the wrong type here.")]);
        }
    }
}

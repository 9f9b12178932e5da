using System.Globalization;
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

        // Set, not left to the first serializer call, so JsonShape can read the bound types' metadata before any binding.
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        NumberHandling = JsonNumberHandling.Strict,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Finnish letters as themselves (Åland, not \u00C5land); HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>
    /// The body bound to <typeparamref name="T"/>; otherwise where it is not JSON (line and position), or every field whose
    /// JSON type is wrong with the type it needs (<see cref="JsonShape"/>).
    /// </summary>
    public static Validated<T> Read<T>(ReadOnlyMemory<byte> body)
        where T : class
    {
        var shape = new FieldErrors();
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Validated<T>.Invalid([new FieldError("$", "The body must be a JSON object.")]);
            }

            JsonShape.Check(document.RootElement, Options.GetTypeInfo(typeof(T)), string.Empty, shape);
        }
        catch (JsonException e)
        {
            return Validated<T>.Invalid([new FieldError("$", string.Create(CultureInfo.InvariantCulture,
                $"is not valid JSON: it breaks at line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}."))]);
        }

        if (shape.Any)
        {
            return Validated<T>.Invalid(shape.All);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body.Span, Options) is { } value
                ? Validated<T>.Valid(value)
                : Validated<T>.Invalid([new FieldError("$", "The body must be a JSON object.")]);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "$" : e.Path.TrimStart('$', '.');
            return Validated<T>.Invalid([new FieldError(field, "has a value this field cannot take.")]);
        }
    }
}

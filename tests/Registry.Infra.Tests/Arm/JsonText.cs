using System.Text.Encodings.Web;
using System.Text.Json;

namespace Registry.Infra.Tests.Arm;

/// <summary>JSON text as written in the template (quotes not escaped), so expressions read naturally.</summary>
public static class JsonText
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value => value.ToString(),
        _ => node.ToJsonString(Relaxed),
    };
}

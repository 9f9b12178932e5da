using System.Text.RegularExpressions;

namespace Registry.Infra.Tests.Arm;

/// <summary>A resource in the compiled template, with the template (main or a module) it sits in.</summary>
public sealed partial record ArmResource(string Module, JsonObject Node, JsonObject Template)
{
    public string Type => Node["type"]!.GetValue<string>();

    public string? Location => Node["location"]?.GetValue<string>();

    public JsonObject Properties => Node["properties"]?.AsObject() ?? [];

    public string? Text(string path) => Select(path) is JsonValue value ? value.ToString() : null;

    public bool? Flag(string path) => Select(path)?.GetValue<bool>();

    /// <summary>
    /// Follows a dotted path such as "properties.siteConfig.minTlsVersion", stepping into an object or
    /// array variable where a value is exactly "[variables('x')]" (Bicep emits loadJsonContent so).
    /// </summary>
    public JsonNode? Select(string path)
    {
        JsonNode? node = Node;
        foreach (var part in path.Split('.'))
        {
            node = Dereference(node?[part]);
        }

        return node;
    }

    // Only structured variables: a string variable is itself an expression the tests read as such.
    private JsonNode? Dereference(JsonNode? node) =>
        node is JsonValue value
        && VariableOnly().Match(value.ToString()) is { Success: true } match
        && Template["variables"]?[match.Groups[1].Value] is JsonObject or JsonArray
            ? Template["variables"]![match.Groups[1].Value]
            : node;

    [GeneratedRegex(@"^\[variables\('([^']+)'\)\]$")]
    private static partial Regex VariableOnly();
}

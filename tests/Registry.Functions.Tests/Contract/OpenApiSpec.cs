using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.Testing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Registry.Functions.Tests.Contract;

/// <summary>
/// docs/api/openapi.yaml as JSON, with the lookups a response check needs: which operation a request
/// hit, which responses it documents, and the schema of one response (components resolved).
/// </summary>
public sealed partial class OpenApiSpec
{
    private readonly JsonObject _document;
    private readonly List<(Regex Pattern, string Template)> _paths;

    private OpenApiSpec(JsonObject document)
    {
        _document = document;
        _paths = document["paths"]!.AsObject()
            .Select(path => (new Regex("^" + RouteParameter().Replace(Regex.Escape(path.Key).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$"), path.Key))
            .ToList();
    }

    public static OpenApiSpec Instance { get; } = Load(Path.Combine(RepoPaths.Root, "docs", "api", "openapi.yaml"));

    public static OpenApiSpec Load(string file)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            yaml.Load(reader);
        }

        return new OpenApiSpec(ToJson(yaml.Documents[0].RootNode)!.AsObject());
    }

    /// <summary>The spec's path template a request path matches ("/api/staff/cases/{reference}"), or null.</summary>
    public string? PathOf(string requestPath) =>
        _paths.Where(path => path.Pattern.IsMatch(requestPath))
            .OrderBy(path => path.Template.Count(c => c == '{'))
            .Select(path => path.Template)
            .FirstOrDefault();

    /// <summary>The documented response of an operation for a status (or the operation's "default"), components resolved.</summary>
    public JsonObject? Response(string template, string method, int status)
    {
        var responses = _document["paths"]![template]![method.ToLowerInvariant()]?["responses"]?.AsObject();
        var response = responses?[status.ToString(CultureInfo.InvariantCulture)] ?? responses?["default"];
        return response is null ? null : Resolve(response).AsObject();
    }

    public bool HasOperation(string template, string method) =>
        _document["paths"]![template]![method.ToLowerInvariant()] is not null;

    /// <summary>
    /// A standalone JSON Schema (2020-12) for a response body schema: the spec's components become
    /// <c>$defs</c>, so every <c>$ref</c> resolves inside the one schema, and every object that lists
    /// its properties is closed (<c>unevaluatedProperties: false</c>).
    /// </summary>
    public string StandaloneSchema(JsonNode schema)
    {
        var standalone = Rewrite(schema.DeepClone());
        var root = standalone is JsonObject obj ? obj : new JsonObject { ["allOf"] = new JsonArray(standalone) };
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = Rewrite(_document["components"]!["schemas"]!.DeepClone());
        return root.ToJsonString();
    }

    private JsonNode Resolve(JsonNode node)
    {
        while (node is JsonObject obj && obj["$ref"] is JsonValue reference)
        {
            var pointer = ((string)reference!).TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries);
            node = pointer.Aggregate((JsonNode)_document, (current, part) => current[part]!);
        }

        return node;
    }

    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // The published spec stays open to additions; the tests hold the product to it closed, so an
                // answer cannot carry a member the spec does not name.
                if (obj["properties"] is JsonObject && obj["additionalProperties"] is null && obj["unevaluatedProperties"] is null)
                {
                    obj["unevaluatedProperties"] = false;
                }

                if (obj["$ref"] is JsonValue reference)
                {
                    obj["$ref"] = ((string)reference!).Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rewrite(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rewrite(child);
                }

                break;
        }

        return node;
    }

    // YAML's plain scalars carry their type (3, true, null); quoted ones are strings.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} is not used in the spec."),
    };

    private static JsonValue? Plain(string value) => value switch
    {
        "null" or "~" or "" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
        _ => JsonValue.Create(value),
    };

    [GeneratedRegex(@"\\?\{[^}]*\}")]
    private static partial Regex RouteParameter();
}

namespace Registry.Infra.Tests.Arm;

/// <summary>
/// infra/main.bicep compiled to ARM JSON by the build (see the csproj), walked into its modules.
/// Handles both template shapes Bicep emits: resources as an array, or (languageVersion 2.0) as an
/// object keyed by symbolic name.
/// </summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Instance = new(Load);

    private CompiledTemplate(JsonObject root)
    {
        Root = root;
        Resources = [.. Walk("main", root)];
    }

    public static CompiledTemplate Main => Instance.Value;

    public JsonObject Root { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Resource(string type, string module) =>
        Assert.Single(OfType(type), r => r.Module == module);

    /// <summary>The module deployment named <paramref name="module"/> in main.bicep.</summary>
    public ArmResource Module(string module) =>
        Assert.Single(OfType("Microsoft.Resources/deployments"), r => r.Text("name") == module);

    public JsonObject ModuleTemplate(string module) => Module(module).Properties["template"]!.AsObject();

    public static IEnumerable<JsonObject> ResourceNodes(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(n => n!.AsObject()),
        JsonObject map => map.Select(p => p.Value!.AsObject()),
        _ => [],
    };

    private static IEnumerable<ArmResource> Walk(string module, JsonObject template)
    {
        foreach (var node in ResourceNodes(template))
        {
            if (node["existing"]?.GetValue<bool>() == true)
            {
                continue;
            }

            var resource = new ArmResource(module, node, template);
            yield return resource;
            if (resource.Type == "Microsoft.Resources/deployments")
            {
                var name = resource.Text("name")!;
                foreach (var inner in Walk(name, resource.Properties["template"]!.AsObject()))
                {
                    yield return inner;
                }
            }
        }
    }

    private static CompiledTemplate Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "infra", "main.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Compiled template missing; the build compiles infra/main.bicep.", path);
        }

        return new CompiledTemplate(JsonNode.Parse(File.ReadAllText(path))!.AsObject());
    }
}

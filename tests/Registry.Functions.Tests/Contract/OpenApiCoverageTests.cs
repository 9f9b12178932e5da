using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.DevHost.Catalog;
using Registry.Testing;
using YamlDotNet.RepresentationModel;

namespace Registry.Functions.Tests.Contract;

/// <summary>
/// Holds docs/api/openapi.yaml against the HTTP functions the app exposes, so the contract cannot
/// silently fall behind the code or promise an operation nobody serves. Only the functions count:
/// the dev host's own <c>/admin/...</c> routes (run a function, issue a development token) exist
/// only on a developer's machine and are not part of the API, so they are not in the spec.
/// </summary>
public sealed partial class OpenApiCoverageTests
{
    private static readonly HashSet<string> OperationKeys = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public void EveryHttpFunction_IsInTheSpec()
    {
        var missing = ExposedOperations().Except(SpecOperations()).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "HTTP functions missing from docs/api/openapi.yaml:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EverySpecOperation_IsServedByAFunction()
    {
        var unserved = SpecOperations().Except(ExposedOperations()).Order(StringComparer.Ordinal).ToList();

        Assert.True(unserved.Count == 0, "docs/api/openapi.yaml names operations no function serves:\n" + string.Join('\n', unserved));
    }

    [Fact]
    public void EveryHttpFunction_NamesItsMethods()
    {
        // A function without methods answers every method; the spec could not list them all honestly.
        var open = Catalog().WithTrigger<HttpTriggerDefinition>()
            .Where(function => ((HttpTriggerDefinition)function.Trigger).Methods.Count == 0)
            .Select(function => function.Name);

        Assert.Empty(open);
    }

    [Fact]
    public void TheCatalogue_ListsTheFunctionsThisTestChecks()
    {
        // Guards the test itself: an empty or foreign catalogue would make the coverage checks vacuous.
        Assert.Contains("POST /api/orders", ExposedOperations());
        Assert.Contains("GET /api/health", SpecOperations());
    }

    /// <summary>"METHOD /prefix/route" for every HTTP function, route parameters reduced to <c>{}</c>.</summary>
    private static HashSet<string> ExposedOperations()
    {
        var prefix = RoutePrefix();
        return Catalog().WithTrigger<HttpTriggerDefinition>()
            .Select(function => (HttpTriggerDefinition)function.Trigger)
            .SelectMany(http => http.Methods.Select(method => Key(method, "/" + string.Join('/', new[] { prefix, http.Route }.Where(part => part.Length > 0)))))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"METHOD /path" for every operation of every path in the spec.</summary>
    private static HashSet<string> SpecOperations()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "docs", "api", "openapi.yaml")))
        {
            yaml.Load(reader);
        }

        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
        return paths.Children
            .SelectMany(path => ((YamlMappingNode)path.Value).Children.Keys
                .Select(key => ((YamlScalarNode)key).Value!)
                .Where(OperationKeys.Contains)
                .Select(method => Key(method, ((YamlScalarNode)path.Key).Value!)))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static FunctionCatalog Catalog() => FunctionCatalog.FromMetadataFile(Path.Combine(Registry.DevHost.Worker.WorkerLocation.Find(new Registry.DevHost.Worker.WorkerOptions()), "functions.metadata"));

    /// <summary>The route prefix the Functions host puts before every route (host.json; "api" when unset).</summary>
    private static string RoutePrefix()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")))!;
        return ((string?)hostJson["extensions"]?["http"]?["routePrefix"] ?? "api").Trim('/');
    }

    // Parameter names and route constraints ({id:guid}, {id?}) do not change which requests match.
    private static string Key(string method, string path) =>
        method.ToUpperInvariant() + " " + RouteParameter().Replace(path.TrimEnd('/'), "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex RouteParameter();
}

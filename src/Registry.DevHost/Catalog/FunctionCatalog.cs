using System.Text.Json.Nodes;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Catalog;

/// <summary>
/// The functions the worker reported, read from each function's raw binding JSON as the Functions host
/// reads it: the one input binding whose type ends in <c>Trigger</c> is the trigger.
/// </summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    private FunctionCatalog(IReadOnlyList<FunctionDefinition> functions)
    {
        Functions = functions;
        _byName = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in functions)
        {
            if (!_byName.TryAdd(function.Name, function))
            {
                throw new InvalidOperationException($"The worker reported two functions named '{function.Name}'.");
            }
        }
    }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public static FunctionCatalog FromMetadata(IEnumerable<RpcFunctionMetadata> metadata) =>
        new(metadata.Select(Read).OrderBy(function => function.Name, StringComparer.Ordinal).ToList());

    /// <summary>
    /// The functions the Functions SDK wrote to <c>functions.metadata</c> at build time, the same bindings the worker
    /// reports at start-up: for checks that need the functions without starting a worker.
    /// </summary>
    public static FunctionCatalog FromMetadataFile(string path)
    {
        var functions = JsonNode.Parse(File.ReadAllText(path)) as JsonArray ?? throw new InvalidOperationException($"{path} is not a JSON array.");
        return FromMetadata(functions.OfType<JsonObject>().Select(function =>
        {
            var metadata = new RpcFunctionMetadata
            {
                Name = Text(function, "name") ?? string.Empty,
                FunctionId = Text(function, "name") ?? string.Empty,
                ScriptFile = Text(function, "scriptFile") ?? string.Empty,
                EntryPoint = Text(function, "entryPoint") ?? string.Empty,
                Language = Text(function, "language") ?? string.Empty,
            };
            metadata.RawBindings.AddRange((function["bindings"] as JsonArray ?? []).Select(binding => binding!.ToJsonString()));
            return metadata;
        }));
    }

    public FunctionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<FunctionDefinition> WithTrigger<TTrigger>()
        where TTrigger : TriggerDefinition =>
        Functions.Where(function => function.Trigger is TTrigger);

    /// <summary>The metadata a FunctionLoadRequest carries: the reported fields, with the bindings parsed from the raw JSON.</summary>
    public static RpcFunctionMetadata LoadMetadata(RpcFunctionMetadata reported)
    {
        var metadata = new RpcFunctionMetadata
        {
            Name = reported.Name,
            FunctionId = reported.FunctionId,
            Directory = reported.Directory,
            ScriptFile = reported.ScriptFile,
            EntryPoint = reported.EntryPoint,
            Language = reported.Language,
            IsProxy = false,
        };
        metadata.RawBindings.AddRange(reported.RawBindings);
        foreach (var binding in reported.RawBindings.Select(Parse))
        {
            metadata.Bindings[Text(binding, "name") ?? string.Empty] = new BindingInfo
            {
                Type = Text(binding, "type") ?? string.Empty,
                Direction = Text(binding, "direction")?.ToUpperInvariant() switch
                {
                    "OUT" => BindingInfo.Types.Direction.Out,
                    "INOUT" => BindingInfo.Types.Direction.Inout,
                    _ => BindingInfo.Types.Direction.In,
                },
            };
        }

        return metadata;
    }

    private static FunctionDefinition Read(RpcFunctionMetadata metadata)
    {
        var trigger = metadata.RawBindings.Select(Parse).FirstOrDefault(binding =>
            (Text(binding, "type") ?? string.Empty).EndsWith("Trigger", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Text(binding, "direction"), "Out", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The worker reported function '{metadata.Name}' without a trigger binding.");
        var type = Text(trigger, "type")!;
        TriggerDefinition definition = type.ToUpperInvariant() switch
        {
            "HTTPTRIGGER" => new HttpTriggerDefinition(
                Route(Text(trigger, "route"), metadata.Name),
                (trigger["methods"] as JsonArray ?? []).Select(method => method!.GetValue<string>().ToUpperInvariant()).ToList()),
            "QUEUETRIGGER" => new QueueTriggerDefinition(
                Text(trigger, "queueName") ?? throw new InvalidOperationException($"Queue function '{metadata.Name}' names no queue."),
                Text(trigger, "connection") is { Length: > 0 } connection ? connection : "AzureWebJobsStorage",
                SupportsDeferredBinding(trigger)),
            "TIMERTRIGGER" => new TimerTriggerDefinition(
                Text(trigger, "schedule") ?? throw new InvalidOperationException($"Timer function '{metadata.Name}' has no schedule."),
                trigger["runOnStartup"] is JsonValue run && run.TryGetValue<bool>(out var runOnStartup) && runOnStartup),
            _ => new OtherTriggerDefinition(type),
        };
        return new FunctionDefinition(metadata.Name, metadata.FunctionId, Text(trigger, "name") ?? string.Empty, definition, metadata);
    }

    // "properties": {"supportsDeferredBinding": "True"} (the worker writes a string; a JSON true is taken too).
    private static bool SupportsDeferredBinding(JsonObject trigger)
    {
        if (Property(trigger, "properties") is not JsonObject properties || Property(properties, "supportsDeferredBinding") is not JsonValue value)
        {
            return false;
        }

        return value.TryGetValue<bool>(out var flag) ? flag : value.TryGetValue<string>(out var text) && bool.TryParse(text, out flag) && flag;
    }

    private static JsonNode? Property(JsonObject binding, string name) =>
        binding.FirstOrDefault(property => string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    // Like the Functions host: no route means the function name is the route.
    private static string Route(string? route, string name) => string.IsNullOrWhiteSpace(route) ? name : route.Trim('/');

    private static JsonObject Parse(string raw) =>
        JsonNode.Parse(raw) as JsonObject ?? throw new InvalidOperationException($"A raw binding is not a JSON object: {raw}");

    private static string? Text(JsonObject binding, string name)
    {
        // The worker writes camelCase names; match them case-insensitively as the host does.
        var value = binding.FirstOrDefault(property => string.Equals(property.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        return value is JsonValue text && text.TryGetValue<string>(out var result) ? result : null;
    }
}

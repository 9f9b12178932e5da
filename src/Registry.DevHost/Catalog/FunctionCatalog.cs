using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Registry.DevHost.Catalog;

/// <summary>
/// The functions found on the given types: every method with <c>[Function]</c>. Finding them is
/// strict, so a function that would not run the same way under the Functions host (an output
/// binding, a <c>FunctionContext</c>, a trigger we do not host) fails at start-up, not at call time.
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
                throw new InvalidOperationException($"Two functions are named '{function.Name}'.");
            }
        }
    }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    public static FunctionCatalog FromTypes(IEnumerable<Type> types) =>
        new(types
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(method => (method, attribute: method.GetCustomAttribute<FunctionAttribute>()))
            .Where(found => found.attribute is not null)
            .Select(found => FunctionDefinitionReader.Read(found.attribute!.Name, found.method))
            .OrderBy(function => function.Name, StringComparer.Ordinal)
            .ToList());

    public static FunctionCatalog FromAssembly(Assembly assembly) => FromTypes(assembly.GetExportedTypes());

    public FunctionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<FunctionDefinition> WithTrigger<TTrigger>()
        where TTrigger : TriggerDefinition =>
        Functions.Where(function => function.Trigger is TTrigger);
}

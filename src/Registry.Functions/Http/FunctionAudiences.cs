using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Registry.Functions.Http;

/// <summary>
/// The <see cref="AudienceAttribute"/> of each function, found once from its entry point (<c>Namespace.Class.Method</c>)
/// and cached; null when the function declares none.
/// </summary>
public sealed class FunctionAudiences
{
    private readonly ConcurrentDictionary<string, AudienceAttribute?> known = new(StringComparer.Ordinal);

    public AudienceAttribute? Of(FunctionDefinition function) =>
        known.GetOrAdd(function.EntryPoint, static entryPoint => Find(typeof(FunctionAudiences).Assembly, entryPoint));

    /// <summary>The audience declared on the method an entry point names; null when none or the method is not found.</summary>
    public static AudienceAttribute? Find(Assembly assembly, string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = split > 0 ? assembly.GetType(entryPoint[..split]) : null;
        var methods = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == entryPoint[(split + 1)..])
            .ToList();
        return methods is [var method] ? method.GetCustomAttribute<AudienceAttribute>() : null;
    }
}

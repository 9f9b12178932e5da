using System.Text.RegularExpressions;

namespace Registry.Infra.Tests.Arm;

/// <summary>
/// Just enough reading of ARM template expressions to see through the variables Bicep emits:
/// <c>variables('x')</c> is replaced by the variable's JSON, recursively.
/// </summary>
public static partial class ArmExpressions
{
    /// <summary>The expression text with every variables('x') it uses appended, recursively.</summary>
    public static string Expand(string expression, JsonObject template, int depth = 0)
    {
        if (depth > 8)
        {
            return expression;
        }

        var variables = template["variables"]?.AsObject();
        var expanded = expression;
        foreach (var name in VariableReference().Matches(expression).Select(m => m.Groups[1].Value).Distinct())
        {
            var value = JsonText.Of(variables?[name]);
            expanded += " " + Expand(value, template, depth + 1);
        }

        return expanded;
    }

    /// <summary>Every GUID an expression (with its variables) mentions, lower case.</summary>
    public static IReadOnlySet<string> Guids(string expression, JsonObject template) =>
        Guid().Matches(Expand(expression, template))
            .Select(m => m.Value.ToLowerInvariant())
            .ToHashSet();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}

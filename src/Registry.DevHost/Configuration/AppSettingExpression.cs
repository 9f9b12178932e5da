using System.Text.RegularExpressions;

namespace Registry.DevHost.Configuration;

/// <summary>
/// Resolves <c>%Setting%</c> expressions in trigger attributes (queue names, schedules) from app
/// settings, as the Functions host does; an unresolved setting is an indexing error there too.
/// </summary>
public static partial class AppSettingExpression
{
    public static string Resolve(string expression, IConfiguration configuration) =>
        SettingReference().Replace(expression, match =>
        {
            var name = match.Groups["name"].Value;
            return configuration[name] is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"'%{name}%' does not resolve to a value (app setting '{name}' is missing).");
        });

    [GeneratedRegex("%(?<name>[^%]+)%")]
    private static partial Regex SettingReference();
}

using System.Text.RegularExpressions;

namespace Registry.Infra.Tests.Arm;

/// <summary>
/// The Function App's app settings as the compiled template declares them: literal names with their
/// value text, and name patterns built with format() (e.g. one setting per client channel). A placeholder
/// matches a value with single underscores (a purpose such as <c>direct_marketing</c>) but never the <c>__</c>
/// that separates configuration sections.
/// </summary>
public sealed partial class AppSettings
{
    private AppSettings(IReadOnlyDictionary<string, string> literal, IReadOnlyList<Regex> patterns)
    {
        Literal = literal;
        Patterns = patterns;
    }

    /// <summary>Setting name to value text (an ARM expression or a literal).</summary>
    public IReadOnlyDictionary<string, string> Literal { get; }

    public IReadOnlyList<Regex> Patterns { get; }

    public IEnumerable<string> Names => Literal.Keys;

    public static AppSettings Of(ArmResource site)
    {
        var declared = site.Select("properties.siteConfig.appSettings")!;
        var text = ArmExpressions.Expand(JsonText.Of(declared), site.Template);
        var expanded = JsonNodes(text, site.Template, declared);

        var literal = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in expanded.OfType<JsonObject>())
        {
            if (setting["name"] is JsonValue name && setting["value"] is JsonNode v)
            {
                literal[name.ToString()] = v.ToString();
            }
        }

        var patterns = FormattedName().Matches(text)
            .Select(m => new Regex(
                "^" + Placeholder().Replace(Regex.Escape(m.Groups[1].Value).Replace(@"\{", "{", StringComparison.Ordinal), "[^_]+(?:_[^_]+)*") + "$",
                RegexOptions.IgnoreCase))
            .ToList();
        return new AppSettings(literal, patterns);
    }

    public bool Declares(string name) => Literal.ContainsKey(name) || Patterns.Any(p => p.IsMatch(name));

    // Objects inside the declared array and inside every array variable it refers to.
    private static IEnumerable<JsonNode?> JsonNodes(string expanded, JsonObject template, JsonNode declared)
    {
        var arrays = new List<JsonArray>();
        if (declared is JsonArray direct)
        {
            arrays.Add(direct);
        }

        var variables = template["variables"]?.AsObject();
        foreach (var name in VariableName().Matches(expanded).Select(m => m.Groups[1].Value).Distinct())
        {
            if (variables?[name] is JsonArray array)
            {
                arrays.Add(array);
            }
        }

        return arrays.SelectMany(a => a);
    }

    [GeneratedRegex(@"createObject\('name', format\('([^']+)'")]
    private static partial Regex FormattedName();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"variables\('([^']+)'\)")]
    private static partial Regex VariableName();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Registry.Cases.Classification;
using Registry.Validation;

namespace Registry.Core.Tests.Validation;

/// <summary>Every pattern of the domain reads text from outside, so every one runs on the linear engine.</summary>
public class LinearRegexTests
{
    public static TheoryData<string> GeneratedPatterns()
    {
        var names = new TheoryData<string>();
        foreach (var method in GeneratedMethods())
        {
            names.Add($"{method.DeclaringType!.FullName}.{method.Name}");
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(GeneratedPatterns))]
    public void GeneratedRegex_ReadsUntrustedText_IsNonBacktracking(string name)
    {
        var method = GeneratedMethods().Single(m => $"{m.DeclaringType!.FullName}.{m.Name}" == name);

        var regex = (Regex)method.Invoke(null, null)!;

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), $"{name}: {regex.Options}");
    }

    [Fact]
    public void ClassificationRules_EveryPattern_IsNonBacktracking()
    {
        var patterns = ClassificationRules.Patterns.Select(r => r.Pattern)
            .Concat(ClassificationRules.Exclusions.Select(e => e.When))
            .Concat(ClassificationRules.Requirements.Select(r => r.Only));

        Assert.All(patterns, regex => Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), regex.ToString()));
    }

    private static IEnumerable<MethodInfo> GeneratedMethods() =>
        typeof(LinearRegex).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null);
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Registry.Cases;
using Registry.Serialization;
using Registry.Validation;

namespace Registry.Letters;

/// <summary>
/// Letter texts live in <c>Letters/Templates/{kind}.{fi|en}.txt</c> (embedded), so tone is reviewed in the
/// files, not in code. The first line is "Aihe:/Subject: …"; <c>{{name}}</c> placeholders are filled in, and a
/// placeholder left without a value is a bug, not a silent blank.
/// </summary>
public static partial class LetterTemplates
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static (string Subject, string Body) Render(LetterKind kind, CaseLanguage language, IReadOnlyDictionary<string, string> values)
    {
        var template = Cache.GetOrAdd($"{WireName<LetterKind>.Of(kind).Replace("_", "-", StringComparison.Ordinal)}.{WireName<CaseLanguage>.Of(language)}", Load);
        var text = Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Letter template placeholder '{m.Groups[1].Value}' has no value."));
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var subject = text[..newline];
        return (subject[(subject.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(), text[(newline + 1)..].Trim() + "\n");
    }

    private static string Load(string name)
    {
        var assembly = typeof(LetterTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Registry.Letters.Templates.{name}.txt")
            ?? throw new InvalidOperationException($"No letter template {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}", LinearRegex.Options)]
    private static partial Regex Placeholder();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.DevHost.Catalog;
using Registry.Testing;

namespace Registry.Functions.Tests.Contract;

/// <summary>
/// The docs name only what exists: every function a doc names (run through <c>/admin/functions/{name}</c>,
/// or called "the `X` function" or "timer `X`"), every <c>/api/...</c> path they show, and every
/// repository file they point to in backticks. A rename that forgets the docs fails here.
/// </summary>
public sealed partial class DocsNameWhatExistsTests
{
    [Fact]
    public void EveryFunctionNamedInTheDocs_Exists()
    {
        var catalog = FunctionCatalog.FromMetadataFile(Path.Combine(Registry.DevHost.Worker.WorkerLocation.Find(new Registry.DevHost.Worker.WorkerOptions()), "functions.metadata"));

        var unknown = Mentions(FunctionMention()).Where(mention => catalog.Find(mention.Text) is null).ToList();

        Assert.True(unknown.Count == 0, "Docs name functions that do not exist:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void EveryApiPathInTheDocs_IsServedByAFunction()
    {
        var routes = Routes();

        var unknown = Mentions(ApiPath()).Where(mention => !routes.Any(route => Matches(route, mention.Text))).ToList();

        Assert.True(unknown.Count == 0, "Docs show /api paths no function serves:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void EveryRepositoryFileTheDocsPointTo_Exists()
    {
        var missing = Mentions(RepositoryFile())
            .Where(mention => !File.Exists(Path.Combine(RepoPaths.Root, mention.Text)) && !Directory.Exists(Path.Combine(RepoPaths.Root, mention.Text)))
            .ToList();

        Assert.True(missing.Count == 0, "Docs point to repository files that do not exist:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void TheScan_FindsWhatItLooksFor()
    {
        // Guards the test itself: a pattern that matched nothing would pass vacuously.
        Assert.Contains(Mentions(FunctionMention()), mention => mention.Text == "RewrapDataKeys");
        Assert.Contains(Mentions(ApiPath()), mention => mention.Text.StartsWith("/api/orders", StringComparison.Ordinal));
        Assert.Contains(Mentions(RepositoryFile()), mention => mention.Text == "src/Registry.DevHost");
    }

    private static IEnumerable<Mention> Mentions(Regex pattern) =>
        DocFiles().SelectMany(file => File.ReadAllLines(Path.Combine(RepoPaths.Root, file))
            .SelectMany((line, index) => pattern.Matches(line)
                .Select(match => new Mention(file, index + 1, match.Groups["name"].Value))));

    private static IEnumerable<string> DocFiles() =>
        new[] { "README.md", Path.Combine("infra", "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Select(file => Path.Combine("docs", Path.GetFileName(file))))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "api"), "*.md").Select(file => Path.Combine("docs", "api", Path.GetFileName(file))))
            .Order(StringComparer.Ordinal);

    /// <summary>Every HTTP function's route with host.json's prefix, as path segments.</summary>
    private static List<string[]> Routes()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "host.json")))!;
        var prefix = ((string?)hostJson["extensions"]?["http"]?["routePrefix"] ?? "api").Trim('/');
        return FunctionCatalog.FromMetadataFile(Path.Combine(Registry.DevHost.Worker.WorkerLocation.Find(new Registry.DevHost.Worker.WorkerOptions()), "functions.metadata"))
            .WithTrigger<HttpTriggerDefinition>()
            .Select(function => Segments(prefix + "/" + ((HttpTriggerDefinition)function.Trigger).Route))
            .ToList();
    }

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// A route parameter matches any segment, and so does a doc's own placeholder (<c>{reference}</c>,
    /// <c>$REF</c>, <c>&lt;id&gt;</c>). A path ending in "…" names the routes under it ("/api/staff/…").
    /// </summary>
    private static bool Matches(string[] route, string mention)
    {
        var text = mention.TrimEnd('.', ',', ':', ';');
        var prefixOnly = text.EndsWith('…');
        var path = Segments(text.TrimEnd('…'));
        return (prefixOnly ? route.Length >= path.Length : route.Length == path.Length)
            && route.Zip(path).All(pair => IsPlaceholder(pair.First) || IsPlaceholder(pair.Second)
                || string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsPlaceholder(string segment) => segment.StartsWith('{') || segment.StartsWith('$') || segment.StartsWith('<');

    private sealed record Mention(string File, int Line, string Text)
    {
        public override string ToString() => $"{File}:{Line}: {Text}";
    }

    [GeneratedRegex(@"/admin/functions/(?<name>[A-Za-z][A-Za-z0-9]*)|`(?<name>[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)` (?:function|timer)|(?:function|timer) `(?<name>[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)`")]
    private static partial Regex FunctionMention();

    [GeneratedRegex(@"(?<name>(?<![A-Za-z_.-])/api/[^\s`""'?#)\[\]|]*)")]
    private static partial Regex ApiPath();

    [GeneratedRegex(@"`(?<name>(?:src|tests|docs|infra|scripts|samples|bench)/[A-Za-z0-9_./-]*[A-Za-z0-9_/])`|`(?<name>[a-z-]+\.sh)`")]
    private static partial Regex RepositoryFile();
}

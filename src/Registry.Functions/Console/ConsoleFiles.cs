using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Registry.Functions.Console;

/// <summary>
/// The console's built files in the deployment's <c>console/</c> folder (scripts/build-console.sh puts them there).
/// Only a plain relative name of a known type is served; anything with <c>..</c>, a backslash, a hidden segment or a
/// path outside the folder is not found. Names with esbuild's content hash are cached for a year, the page is not.
/// </summary>
public sealed partial class ConsoleFiles(string root)
{
    public const string Folder = "console";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

    public static ConsoleFiles InDeployment() => new(Path.Combine(AppContext.BaseDirectory, Folder));

    /// <summary>The file for a request path (empty: the page), or null when there is none to serve.</summary>
    public ConsoleFile? Find(string? path)
    {
        var name = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (!SafeName().IsMatch(name) || name.Split('/').Any(segment => segment.StartsWith('.'))
            || !Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var cache = Hashed().IsMatch(Path.GetFileName(name)) ? "public, max-age=31536000, immutable" : "no-cache";
        return new ConsoleFile(File.ReadAllBytes(full), type, cache);
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)*\.[a-z0-9]+$")]
    private static partial Regex SafeName();

    // esbuild's [hash]: eight upper-case letters and digits before the extension.
    [GeneratedRegex(@"-[A-Z0-9]{8}\.[a-z0-9]+$")]
    private static partial Regex Hashed();
}

public sealed record ConsoleFile(byte[] Content, string ContentType, string CacheControl);

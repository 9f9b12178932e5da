using System.Text.Json;

namespace Registry.Testing.Harness;

/// <summary>The <c>Values</c> of local.settings.sample.json as configuration keys (<c>A__B</c> → <c>A:B</c>), as the hosts read them.</summary>
public static class LocalSettings
{
    public static Dictionary<string, string?> Sample()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")));
        return document.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(p => p.Name.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value.GetString());
    }
}

using System.Text.Json;

namespace Registry.DevHost.Configuration;

/// <summary>
/// Reads <c>local.settings.json</c> the way Core Tools does: every <c>Values</c> entry becomes an
/// app setting (Core Tools exports them as environment variables, so <c>A__B</c> reads as <c>A:B</c>)
/// and every <c>ConnectionStrings</c> entry becomes <c>ConnectionStrings:name</c>.
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
        var root = document.RootElement;
        if (root.TryGetProperty("IsEncrypted", out var encrypted) && encrypted.ValueKind == JsonValueKind.True)
        {
            throw new InvalidOperationException(
                $"{path} is encrypted; the dev host reads only plain local settings ('IsEncrypted': false).");
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        AddSection(root, "Values", prefix: "", settings);
        AddSection(root, "ConnectionStrings", prefix: "ConnectionStrings:", settings);
        return settings;
    }

    private static void AddSection(JsonElement root, string name, string prefix, Dictionary<string, string?> settings)
    {
        if (!root.TryGetProperty(name, out var section) || section.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var entry in section.EnumerateObject())
        {
            var key = prefix + entry.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
            settings[key] = entry.Value.ValueKind switch
            {
                JsonValueKind.String => entry.Value.GetString(),
                JsonValueKind.Null => null,
                _ => entry.Value.GetRawText(),
            };
        }
    }
}

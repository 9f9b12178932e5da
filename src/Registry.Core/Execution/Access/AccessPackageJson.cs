using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Registry.Execution.Access;

/// <summary>The machine-readable copy (Art. 15(3), 20): the package as UTF-8 JSON, camelCase, indented for a human eye too.</summary>
public static class AccessPackageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Letters such as ä stay readable; the encoder still escapes <, >, & and quotes, so the file is safe to embed.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(AccessPackage package) => JsonSerializer.SerializeToUtf8Bytes(package, Options);
}

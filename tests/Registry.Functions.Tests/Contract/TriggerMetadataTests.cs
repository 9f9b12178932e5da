using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Registry.Testing;

namespace Registry.Functions.Tests.Contract;

/// <summary>
/// The function metadata the Worker SDK generated into the built worker (what the Functions host and its scale controller
/// read): every trigger expression is a literal or a flat %Setting% the scale controller resolves as it is. A name with
/// ':' (or '__') reaches it unresolved, and a queue function then neither scales nor wakes from zero.
/// </summary>
public sealed partial class TriggerMetadataTests
{
    private static readonly string[] TriggerFields = ["queueName", "schedule", "connection", "blobPath", "path", "tableName"];

    [Fact]
    public void FunctionsMetadata_EveryTriggerExpression_IsLiteralOrAFlatSettingName()
    {
        // Arrange
        var metadata = JsonNode.Parse(File.ReadAllText(MetadataPath()))!.AsArray();
        var expressions = metadata
            .SelectMany(f => f!["bindings"]!.AsArray().Select(b => (Function: f["name"]!.GetValue<string>(), Binding: b!.AsObject())))
            .SelectMany(x => TriggerFields.Where(x.Binding.ContainsKey).Select(field => (x.Function, Text: x.Binding[field]!.GetValue<string>())))
            .ToList();

        // Act
        var hierarchical = expressions
            .SelectMany(e => Setting().Matches(e.Text).Select(m => (e.Function, Name: m.Groups[1].Value)))
            .Where(s => s.Name.Contains(':', StringComparison.Ordinal) || s.Name.Contains("__", StringComparison.Ordinal))
            .Select(s => $"{s.Function}: %{s.Name}%")
            .ToList();

        // Assert
        Assert.Contains(expressions, e => e.Text == "%RegistryOutboundMailQueue%");
        Assert.Contains(expressions, e => e.Text == "%RegistryPurgeSchedule%");
        Assert.Empty(hierarchical);
    }

    [Fact]
    public void FunctionsMetadata_EveryQueue_HasASender()
    {
        // Arrange
        var metadata = JsonNode.Parse(File.ReadAllText(MetadataPath()))!.AsArray();

        // Act
        var queues = metadata.SelectMany(f => f!["bindings"]!.AsArray()).Select(b => b!["queueName"]?.GetValue<string>()).OfType<string>().ToHashSet();

        // Assert: outbound-mail and its poison queue are read, so no letter waits unsent and unnoticed
        Assert.Contains("%RegistryOutboundMailQueue%", queues);
        Assert.Contains("%RegistryOutboundMailQueue%-poison", queues);
    }

    // The worker's own build output (bin/<configuration>/net10.0 of Registry.Functions), as this test project was built.
    private static string MetadataPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name.Length > 0 ? output.Name : output.Parent!.Name;
        var configuration = (output.Name.Length > 0 ? output.Parent! : output.Parent!.Parent!).Name;
        var path = Path.Combine(RepoPaths.Root, "src", "Registry.Functions", "bin", configuration, framework, "functions.metadata");
        Assert.True(File.Exists(path), $"The Worker SDK did not generate {path}.");
        return path;
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Setting();
}

using Registry.Testing;
using YamlDotNet.RepresentationModel;

namespace Registry.Functions.Tests.Contract;

/// <summary>Every staff operation can be refused without a token and with a role that does not suffice: the spec says so.</summary>
public sealed class StaffOperationsSpecTests
{
    [Fact]
    public void EveryStaffOperation_Documents401And403()
    {
        var missing = new List<string>();
        foreach (var (template, method) in StaffOperations())
        {
            foreach (var status in new[] { 401, 403 })
            {
                if (OpenApiSpec.Instance.Response(template, method, status) is null)
                {
                    missing.Add($"{method.ToUpperInvariant()} {template} {status}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Staff operations without their refusals in docs/api/openapi.yaml:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void StaffOperations_AreFound()
    {
        // Guards the test itself: no staff operations would make the check above vacuous.
        Assert.Contains(("/api/staff/subjects/search", "post"), StaffOperations());
    }

    private static List<(string Template, string Method)> StaffOperations()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepoPaths.Root, "docs", "api", "openapi.yaml")))
        {
            yaml.Load(reader);
        }

        var paths = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
        return paths.Children
            .Where(path => ((YamlScalarNode)path.Key).Value!.StartsWith("/api/staff/", StringComparison.Ordinal))
            .SelectMany(path => ((YamlMappingNode)path.Value).Children.Keys
                .Select(key => ((YamlScalarNode)key).Value!)
                .Where(key => key is "get" or "put" or "post" or "delete")
                .Select(method => (((YamlScalarNode)path.Key).Value!, method)))
            .ToList();
    }
}

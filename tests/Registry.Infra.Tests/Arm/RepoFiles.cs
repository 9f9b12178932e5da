namespace Registry.Infra.Tests.Arm;

/// <summary>Files of the repository the tests read (copied next to the test assembly by the build).</summary>
public static class RepoFiles
{
    /// <summary>The keys under "Values" in local.settings.sample.json: what the code reads locally.</summary>
    public static IReadOnlyList<string> LocalSettingKeys()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "local.settings.sample.json");
        var values = JsonNode.Parse(File.ReadAllText(path))!["Values"]!.AsObject();
        return [.. values.Select(p => p.Key)];
    }
}

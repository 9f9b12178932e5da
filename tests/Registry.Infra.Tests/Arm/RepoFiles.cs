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

    /// <summary>The repository's root (the directory holding RegistryFunctions.sln), found upwards from the test assembly.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RegistryFunctions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("RegistryFunctions.sln not found above the test assembly.");
    }

    /// <summary>Every C# source file under src/, read whole.</summary>
    public static IReadOnlyList<string> SourceTexts() =>
        [.. Directory.EnumerateFiles(Path.Combine(Root(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)];
}

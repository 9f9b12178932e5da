namespace Registry.DevHost.Configuration;

/// <summary>
/// Finds <c>host.json</c> and <c>local.settings.json</c>: first beside the running binaries (the
/// Functions project copies both into its output), then in the working directory, then in every
/// folder above the binaries up to the repository root.
/// </summary>
public static class SettingsFileLocator
{
    public static string? Find(string fileName)
    {
        var candidates = new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .Concat(Ancestors(new DirectoryInfo(AppContext.BaseDirectory).Parent));
        return candidates
            .Select(folder => Path.Combine(folder, fileName))
            .FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> Ancestors(DirectoryInfo? folder)
    {
        for (; folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }
}

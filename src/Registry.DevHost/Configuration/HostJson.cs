namespace Registry.DevHost.Configuration;

/// <summary>
/// Loads <c>host.json</c> under the <c>AzureFunctionsJobHost</c> section, as the Functions host does,
/// so an environment variable such as <c>AzureFunctionsJobHost__extensions__queues__batchSize</c>
/// overrides the file in both hosts.
/// </summary>
public static class HostJson
{
    public const string FileName = "host.json";
    public const string Section = "AzureFunctionsJobHost";

    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        var file = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false).Build();
        return file.AsEnumerable()
            .Where(entry => entry.Value is not null)
            .ToDictionary(entry => ConfigurationPath.Combine(Section, entry.Key), entry => entry.Value);
    }
}

namespace Registry.DevHost.Worker;

/// <summary>
/// Finds the worker to start: <see cref="WorkerOptions.Directory"/> when set, else the Functions project's
/// output for the configuration and target framework the dev host itself was built with, looked for as
/// <c>src/{assembly name}/bin/{configuration}/{tfm}</c> in every folder above the dev host's binaries.
/// </summary>
public static class WorkerLocation
{
    public static string Find(WorkerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Directory))
        {
            var directory = Path.GetFullPath(options.Directory);
            return File.Exists(Path.Combine(directory, options.AssemblyName))
                ? directory
                : throw new InvalidOperationException($"{options.AssemblyName} is not in {directory} ({WorkerOptions.Section}:Directory).");
        }

        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? "Debug";
        var project = Path.GetFileNameWithoutExtension(options.AssemblyName);
        for (var folder = output.Parent; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", project, "bin", configuration, framework);
            if (File.Exists(Path.Combine(candidate, options.AssemblyName)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"The worker {options.AssemblyName} was not found under src/{project}/bin/{configuration}/{framework} above {output.FullName}; "
            + $"build it, or set {WorkerOptions.Section.Replace(":", "__", StringComparison.Ordinal)}__Directory.");
    }
}

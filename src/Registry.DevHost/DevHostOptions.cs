using System.Reflection;

namespace Registry.DevHost;

/// <summary>What the dev host runs: the function classes, and the app's own DI registration.</summary>
public sealed class DevHostOptions
{
    /// <summary>Types searched for <c>[Function]</c> methods.</summary>
    public required IReadOnlyCollection<Type> FunctionTypes { get; init; }

    /// <summary>The Functions app's single registration method, e.g. <c>AddRegistryFunctions</c>.</summary>
    public required Action<IServiceCollection, IConfiguration> RegisterServices { get; init; }

    /// <summary>A <c>host.json</c> to use; null searches beside the binaries and above (see SettingsFileLocator).</summary>
    public string? HostJsonPath { get; init; }

    /// <summary>A <c>local.settings.json</c> to use; null searches like <see cref="HostJsonPath"/>.</summary>
    public string? LocalSettingsPath { get; init; }

    public static DevHostOptions ForAssembly(Assembly functionsAssembly, Action<IServiceCollection, IConfiguration> registerServices) =>
        new() { FunctionTypes = functionsAssembly.GetExportedTypes(), RegisterServices = registerServices };
}

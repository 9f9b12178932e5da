using System.Text.Json.Nodes;

namespace Registry.DevHost.Worker;

/// <summary>
/// The worker's ASP.NET Core integration routes proxied requests by the <c>routePrefix</c> of the host.json in its
/// own directory (<c>FUNCTIONS_APPLICATION_DIRECTORY</c>); under the Functions host that is the same file the host
/// reads. The dev host may be pointed at another host.json (<c>DevHost:HostJson</c>): when the two prefixes differ,
/// every proxied request would hang until the worker gives up (15 s) and fail, so start-up stops instead.
/// </summary>
public static class WorkerRoutePrefix
{
    public const string Default = "api";

    public static void RequireSame(string workerDirectory, string hostRoutePrefix)
    {
        var workers = Read(workerDirectory);
        if (!string.Equals(workers.Trim('/'), hostRoutePrefix.Trim('/'), StringComparison.Ordinal))
        {
            throw new WorkerStartupException(
                $"The dev host's host.json sets routePrefix '{hostRoutePrefix}', but the worker routes by the host.json in {workerDirectory} "
                + $"(routePrefix '{workers}'); the Functions host reads one file for both. Use the worker's host.json, or give both the same routePrefix.");
        }
    }

    /// <summary><c>extensions.http.routePrefix</c> of <c>{directory}/host.json</c>; <c>api</c> when absent, as the worker takes it.</summary>
    public static string Read(string directory)
    {
        var path = Path.Combine(directory, Configuration.HostJson.FileName);
        if (!File.Exists(path))
        {
            return Default;
        }

        var prefix = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["http"]?["routePrefix"];
        return prefix is JsonValue value && value.TryGetValue<string>(out var text) ? text : Default;
    }
}

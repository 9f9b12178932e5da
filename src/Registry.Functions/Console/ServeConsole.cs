using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Console;

/// <summary>
/// <c>GET /api/console/{*path}</c>: the privacy officer's console (docs/console.md), static files from the deployment's
/// <c>console/</c> folder, and <c>config.json</c> from the app settings. Anonymous: the files hold no data, and every
/// call the console makes goes to the staff API with the officer's token.
/// </summary>
public sealed class ServeConsole(ConsoleFiles files, ConsoleSettings settings)
{
    [Function(nameof(ServeConsole))]
    [ForAnyone(HandlesPersonalData = false)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/{*path}")] HttpRequest request,
        string? path) =>
        path switch
        {
            // Without the slash, the page's relative addresses would resolve under /api/.
            null or "" when !request.Path.Value!.EndsWith('/') => new ConsoleAnswer(301, null, null, "no-cache", settings.ContentSecurityPolicy) { Location = request.Path.Value + "/" },
            ConsoleSettings.FileName => new ConsoleAnswer(200, settings.Json(), "application/json", "no-cache", settings.ContentSecurityPolicy),
            _ => files.Find(path) is { } file
                ? new ConsoleAnswer(200, file.Content, file.ContentType, file.CacheControl, settings.ContentSecurityPolicy)
                : new ConsoleAnswer(404, "Not found."u8.ToArray(), "text/plain; charset=utf-8", "no-cache", settings.ContentSecurityPolicy),
        };
}

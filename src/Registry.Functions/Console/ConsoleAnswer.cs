using Microsoft.AspNetCore.Mvc;

namespace Registry.Functions.Console;

/// <summary>
/// A console answer with the headers every page and asset carries: a strict Content-Security-Policy (scripts and
/// styles from this origin only, no inline code, never framed), no sniffing, no referrer. Written without MVC so
/// the dev host and the worker execute it alike.
/// </summary>
public sealed class ConsoleAnswer(int status, byte[]? content, string? contentType, string cacheControl, string contentSecurityPolicy) : IActionResult
{
    public string? Location { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = cacheControl;
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (content is not null)
        {
            response.ContentType = contentType;
            response.ContentLength = content.Length;
            await response.Body.WriteAsync(content, context.HttpContext.RequestAborted);
        }
    }
}

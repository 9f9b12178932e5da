using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Registry.Functions.Unsubscribe;

/// <summary>A small HTML page, written directly so both hosts execute it alike; never framed (and, as every answer, never stored: HttpEdgeMiddleware).</summary>
public sealed class HtmlPageResult(int status, string html) : IActionResult
{
    public int Status => status;

    public string Html => html;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.HttpContext.RequestAborted);
    }
}

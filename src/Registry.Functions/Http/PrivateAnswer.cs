using Microsoft.AspNetCore.Mvc;

namespace Registry.Functions.Http;

/// <summary>
/// Every answer of this API may carry personal data (a person's preferences, an audience, a case, a problem
/// naming a field): no cache, shared or the browser's, keeps a copy (<c>no-store</c>), and no browser reads it as
/// anything but its declared type (<c>nosniff</c>). <see cref="HttpEdgeMiddleware"/> wraps every result in this.
/// </summary>
public sealed class PrivateAnswer(IActionResult inner) : IActionResult
{
    public IActionResult Inner => inner;

    public Task ExecuteResultAsync(ActionContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        return inner.ExecuteResultAsync(context);
    }
}

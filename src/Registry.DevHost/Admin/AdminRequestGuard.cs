using Registry.DevHost.Http;

namespace Registry.DevHost.Admin;

/// <summary>
/// The admin API (<c>/admin/…</c>) runs any function and issues staff tokens, so a web page open in the
/// developer's browser must not reach it. A page can send a cross-site POST without asking (a form, or
/// <c>fetch</c> with <c>text/plain</c>), and with DNS rebinding even under its own host name. So an admin call
/// must name a loopback host, carry no <c>Origin</c> other than the dev host's own and no
/// <c>Sec-Fetch-Site</c> other than <c>same-origin</c>/<c>none</c> (403), and be JSON (415): a browser sends JSON
/// to another origin only after a CORS preflight, which this host never grants.
/// </summary>
public static class AdminRequestGuard
{
    private const string Prefix = "/admin";

    public static WebApplication UseAdminRequestGuard(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(Prefix), admin => admin.Use(async (context, next) =>
        {
            var refusal = Refusal(context.Request);
            if (refusal is null)
            {
                await next(context);
                return;
            }

            await refusal.ExecuteAsync(context);
        }));
        return app;
    }

    private static IResult? Refusal(HttpRequest request)
    {
        if (!Loopback.IsLoopbackHost(request.Host.Host) || IsFromElsewhere(request))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The admin API answers only the developer's own tools.",
                detail: "Call it from this machine (curl, tests), not from a web page.");
        }

        return IsJson(request.ContentType)
            ? null
            : Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The admin API takes application/json only.",
                detail: "Send Content-Type: application/json.");
    }

    private static bool IsFromElsewhere(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        var own = $"{request.Scheme}://{request.Host.Value}";
        return (origin.Length > 0 && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase))
            || (site.Length > 0 && site is not ("same-origin" or "none"));
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Registry.DevHost.Invocation;

namespace Registry.DevHost.Http;

/// <summary>Writes what an HTTP function returned, as the ASP.NET Core integration does.</summary>
internal static class HttpFunctionResults
{
    public static async Task WriteAsync(HttpContext context, object? result)
    {
        switch (result)
        {
            case null:
                return;
            case IActionResult actionResult:
                await actionResult.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                return;
            case IResult httpResult:
                await httpResult.ExecuteAsync(context);
                return;
            case string text:
                await Results.Text(text).ExecuteAsync(context);
                return;
            default:
                await Results.Json(result).ExecuteAsync(context);
                return;
        }
    }

    /// <summary>
    /// A 500 with an RFC 9457 problem body that names only the invocation, so the log line can be
    /// found; no exception text or stack trace leaves the process.
    /// </summary>
    public static async Task WriteFailureAsync(HttpContext context, FunctionInvocationException failure)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        var problem = Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "The function failed.",
            detail: $"Function '{failure.FunctionName}' threw; see the dev host log for invocation {failure.InvocationId}.",
            extensions: new Dictionary<string, object?> { ["invocationId"] = failure.InvocationId });
        await problem.ExecuteAsync(context);
    }
}

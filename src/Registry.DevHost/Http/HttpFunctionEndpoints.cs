using System.Text.Json;
using Microsoft.Extensions.Options;
using Registry.DevHost.Invocation;
using Registry.DevHost.Rpc;
using Registry.DevHost.Worker;

namespace Registry.DevHost.Http;

/// <summary>
/// Runs the HTTP functions the worker reports, under <c>{routePrefix}</c> (host.json). For a request a route
/// takes, the host sends the InvocationRequest (the route values as trigger metadata, as the Functions host
/// sends them) and proxies the request itself to the worker's Kestrel; the worker's answer goes back as it
/// is. A failed invocation answers 500 and one that does not finish within <c>functionTimeout</c> answers 500
/// too, each with a problem body naming only the function and the invocation id. Function keys are not
/// enforced, as under Core Tools.
/// </summary>
public static class HttpFunctionEndpoints
{
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints)
    {
        var prefix = endpoints.ServiceProvider.GetRequiredService<IOptions<HttpHostOptions>>().Value.RoutePrefix.Trim('/');
        var pattern = prefix.Length == 0 ? "/{**path}" : $"/{prefix}/{{**path}}";
        endpoints.Map(pattern, InvokeAsync).WithDisplayName("HTTP functions");
        return endpoints;
    }

    /// <summary>Logs each HTTP route once the worker has reported them.</summary>
    public static void LogRoutes(HttpRouteTable routes, ILogger logger)
    {
        foreach (var (function, pattern, methods) in routes.Routes)
        {
            DevHostLog.HttpFunctionMapped(logger, function.Name, methods.Count == 0 ? "ALL" : string.Join(',', methods), pattern);
        }
    }

    private static async Task InvokeAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var supervisor = services.GetRequiredService<WorkerSupervisor>();
        var routes = services.GetRequiredService<HttpRoutes>().For(supervisor.Current);
        var match = routes.Match(context.Request.Method, context.Request.Path);
        if (match is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var proxy = services.GetRequiredService<WorkerHttpProxy>();
        ProxiedResponse? answer = null;
        try
        {
            await services.GetRequiredService<FunctionInvoker>().InvokeAsync(
                match.Function.Name,
                $"HTTP {context.Request.Method}",
                (function, request) => Bind(function.TriggerParameter, match.RouteValues, context.Request, request),
                async (session, invocationId, cancellationToken) =>
                    answer = await proxy.SendAsync(session.HttpUri, context.Request, invocationId, cancellationToken),
                context.RequestAborted);
        }
        catch (FunctionInvocationException failure)
        {
            await Failure(failure).ExecuteAsync(context);
            return;
        }

        await answer!.WriteToAsync(context.Response, context.RequestAborted);
    }

    // The request itself reaches the worker through its Kestrel; the trigger gets an empty RpcHttp, and the
    // route values, query and headers go as trigger metadata (the worker binds route parameters from them).
    private static void Bind(string triggerParameter, IReadOnlyDictionary<string, string> routeValues, HttpRequest http, InvocationRequest request)
    {
        request.InputData.Add(new ParameterBinding { Name = triggerParameter, Data = new TypedData { Http = new RpcHttp() } });
        foreach (var (name, value) in routeValues)
        {
            request.TriggerMetadata[name] = new TypedData { String = value };
        }

        request.TriggerMetadata["Query"] = new TypedData { Json = JsonSerializer.Serialize(http.Query.ToDictionary(q => q.Key, q => q.Value.ToString())) };
        request.TriggerMetadata["Headers"] = new TypedData { Json = JsonSerializer.Serialize(http.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())) };
    }

    private static IResult Failure(FunctionInvocationException failure) => Results.Problem(
        statusCode: StatusCodes.Status500InternalServerError,
        title: failure.TimedOut ? "The function did not finish in time." : "The function failed.",
        detail: failure.TimedOut
            ? $"Function '{failure.FunctionName}' did not finish within functionTimeout; see the dev host log for invocation {failure.InvocationId}."
            : $"Function '{failure.FunctionName}' failed; see the dev host log for invocation {failure.InvocationId}.",
        extensions: new Dictionary<string, object?> { ["invocationId"] = failure.InvocationId });
}

/// <summary>The route table of the running worker, built once per worker.</summary>
public sealed class HttpRoutes(IOptions<HttpHostOptions> options)
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<WorkerSession, HttpRouteTable> _tables = [];

    public HttpRouteTable For(WorkerSession session) =>
        _tables.GetValue(session, s => HttpRouteTable.Create(s.Catalog, options.Value.RoutePrefix));
}

using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;
using Registry.DevHost.Catalog;
using Registry.DevHost.Invocation;

namespace Registry.DevHost.Http;

/// <summary>
/// Maps every HTTP function to <c>{routePrefix}/{route}</c> for its methods (none: all), as the
/// Functions host does. Function keys are not enforced, as under Core Tools.
/// </summary>
public static class HttpFunctionEndpoints
{
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.ServiceProvider.GetRequiredService<FunctionCatalog>();
        var prefix = endpoints.ServiceProvider.GetRequiredService<IOptions<HttpHostOptions>>().Value.RoutePrefix.Trim('/');
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpFunctionEndpoints));
        foreach (var function in catalog.Functions)
        {
            if (function.Trigger is not HttpTriggerDefinition http)
            {
                continue;
            }

            var pattern = prefix.Length == 0 ? $"/{http.Route}" : $"/{prefix}/{http.Route}";
            RequestDelegate handler = context => InvokeAsync(context, function);
            var endpoint = http.Methods.Count == 0 ? endpoints.Map(pattern, handler) : endpoints.MapMethods(pattern, http.Methods, handler);
            endpoint.WithDisplayName(function.Name);
            DevHostLog.HttpFunctionMapped(logger, function.Name, http.Methods.Count == 0 ? "ALL" : string.Join(',', http.Methods), pattern);
        }

        return endpoints;
    }

    private static async Task InvokeAsync(HttpContext context, FunctionDefinition function)
    {
        var invoker = context.RequestServices.GetRequiredService<FunctionInvoker>();
        var request = new InvocationRequest($"HTTP {context.Request.Method}", parameter =>
            parameter.Position == function.TriggerParameter.Position ? context.Request : RouteValue(context, parameter));
        object? result;
        try
        {
            result = await invoker.InvokeAsync(function, request, context.RequestAborted);
        }
        catch (FunctionInvocationException failure)
        {
            await HttpFunctionResults.WriteFailureAsync(context, failure);
            return;
        }

        await HttpFunctionResults.WriteAsync(context, result);
    }

    private static object? RouteValue(HttpContext context, ParameterInfo parameter)
    {
        var value = context.GetRouteValue(parameter.Name!);
        if (value is null || parameter.ParameterType.IsInstanceOfType(value))
        {
            return value ?? (parameter.ParameterType.IsValueType ? Activator.CreateInstance(parameter.ParameterType) : null);
        }

        return TypeDescriptor.GetConverter(parameter.ParameterType)
            .ConvertFromString(null, CultureInfo.InvariantCulture, Convert.ToString(value, CultureInfo.InvariantCulture)!);
    }
}

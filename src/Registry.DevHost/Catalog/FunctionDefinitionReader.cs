using System.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace Registry.DevHost.Catalog;

/// <summary>
/// Reads one <c>[Function]</c> method and enforces the rule of design decision D3: a function takes
/// its trigger payload, a <c>CancellationToken</c> and (HTTP only) route values; nothing else.
/// </summary>
internal static class FunctionDefinitionReader
{
    public static FunctionDefinition Read(string name, MethodInfo method)
    {
        if (method.IsDefined(typeof(OutputBindingAttribute))
            || method.ReturnParameter.IsDefined(typeof(OutputBindingAttribute))
            || method.ReturnType.GetProperties().Any(property => property.IsDefined(typeof(OutputBindingAttribute))))
        {
            throw Invalid(name, "declares an output binding; send through an SDK client from DI instead");
        }

        var triggers = method.GetParameters()
            .Select(parameter => (parameter, attribute: parameter.GetCustomAttribute<TriggerBindingAttribute>()))
            .Where(found => found.attribute is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw Invalid(name, $"has {triggers.Count} trigger parameters; a function has exactly one");
        }

        var (triggerParameter, attribute) = triggers[0];
        TriggerDefinition trigger = attribute switch
        {
            HttpTriggerAttribute http => ReadHttp(name, http, triggerParameter),
            QueueTriggerAttribute queue => new QueueTriggerDefinition(queue.QueueName, queue.Connection ?? "AzureWebJobsStorage"),
            TimerTriggerAttribute timer => ReadTimer(name, timer, triggerParameter),
            _ => throw Invalid(name, $"uses {attribute!.GetType().Name}, which the dev host does not run"),
        };

        CheckOtherParameters(name, method, triggerParameter, trigger);
        return new FunctionDefinition(name, method, triggerParameter, trigger);
    }

    private static HttpTriggerDefinition ReadHttp(string name, HttpTriggerAttribute http, ParameterInfo parameter)
    {
        if (parameter.ParameterType != typeof(HttpRequest))
        {
            throw Invalid(name, "binds its HTTP trigger to a type other than HttpRequest (the ASP.NET Core integration model)");
        }

        // Like the Functions host: no route means the function name is the route.
        var route = string.IsNullOrWhiteSpace(http.Route) ? name : http.Route.Trim('/');
        var methods = (http.Methods ?? []).Select(method => method.ToUpperInvariant()).ToList();
        return new HttpTriggerDefinition(route, methods);
    }

    private static TimerTriggerDefinition ReadTimer(string name, TimerTriggerAttribute timer, ParameterInfo parameter) =>
        parameter.ParameterType == typeof(TimerInfo)
            ? new TimerTriggerDefinition(timer.Schedule, timer.RunOnStartup)
            : throw Invalid(name, "binds its timer trigger to a type other than TimerInfo");

    private static void CheckOtherParameters(string name, MethodInfo method, ParameterInfo triggerParameter, TriggerDefinition trigger)
    {
        var routeValues = trigger is HttpTriggerDefinition http
            ? RoutePatternFactory.Parse(http.Route).Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        // By position, not reference: GetParameters() may hand out new ParameterInfo objects when two
        // threads read the same method at once (two catalogues built in parallel, as tests do).
        foreach (var parameter in method.GetParameters().Where(parameter => parameter.Position != triggerParameter.Position))
        {
            if (parameter.ParameterType == typeof(CancellationToken) || routeValues.Contains(parameter.Name!))
            {
                continue;
            }

            throw Invalid(name, $"takes parameter '{parameter.Name}' ({parameter.ParameterType.Name}); functions take only "
                + "their trigger, a CancellationToken and route values, and get everything else from DI");
        }
    }

    private static InvalidOperationException Invalid(string name, string reason) =>
        new($"Function '{name}' {reason} (design decision D3).");
}

using Microsoft.AspNetCore.Routing.Template;
using Registry.DevHost.Catalog;

namespace Registry.DevHost.Http;

/// <summary>
/// The HTTP functions' routes under the route prefix, matched as ASP.NET Core matches them: the most specific
/// template first (literal segments before parameters before catch-alls), optional (<c>{id?}</c>) and catch-all
/// (<c>{*path}</c>) parameters included. A path some route takes with another method is a 404, as in the
/// Functions host. Route constraints (<c>{id:int}</c>) are not checked here; the worker's own routing checks them.
/// </summary>
public sealed class HttpRouteTable
{
    private readonly IReadOnlyList<Route> _routes;

    private HttpRouteTable(IReadOnlyList<Route> routes) => _routes = routes;

    public static HttpRouteTable Create(FunctionCatalog catalog, string routePrefix)
    {
        var prefix = routePrefix.Trim('/');
        var routes = catalog.WithTrigger<HttpTriggerDefinition>().Select(function =>
        {
            var trigger = (HttpTriggerDefinition)function.Trigger;
            var template = TemplateParser.Parse(prefix.Length == 0 ? trigger.Route : $"{prefix}/{trigger.Route}");
            return new Route(function, trigger, template, new TemplateMatcher(template, []), RoutePrecedence.ComputeInbound(template));
        });
        return new HttpRouteTable(routes.OrderBy(route => route.Precedence).ThenBy(route => route.Template.TemplateText, StringComparer.Ordinal).ToList());
    }

    public IEnumerable<(FunctionDefinition Function, string Pattern, IReadOnlyList<string> Methods)> Routes =>
        _routes.Select(route => (route.Function, "/" + route.Template.TemplateText, route.Trigger.Methods));

    /// <summary>The function for this method and path, with its route values; null when none takes it.</summary>
    public HttpRouteMatch? Match(string method, PathString path)
    {
        foreach (var route in _routes)
        {
            var values = new RouteValueDictionary();
            if (route.Matcher.TryMatch(path, values)
                && (route.Trigger.Methods.Count == 0 || route.Trigger.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
            {
                var strings = values
                    .Where(value => value.Value is not null)
                    .ToDictionary(value => value.Key, value => Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)!, StringComparer.OrdinalIgnoreCase);
                return new HttpRouteMatch(route.Function, strings);
            }
        }

        return null;
    }

    private sealed record Route(FunctionDefinition Function, HttpTriggerDefinition Trigger, RouteTemplate Template, TemplateMatcher Matcher, decimal Precedence);
}

/// <summary>A function that takes the request, and the route values the path gave its parameters.</summary>
public sealed record HttpRouteMatch(FunctionDefinition Function, IReadOnlyDictionary<string, string> RouteValues);

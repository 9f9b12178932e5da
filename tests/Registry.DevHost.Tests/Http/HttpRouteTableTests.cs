using Registry.DevHost.Catalog;
using Registry.DevHost.Http;
using Registry.DevHost.Rpc;

namespace Registry.DevHost.Tests.Http;

/// <summary>The host matches a request to the function the worker would run, with the route values it sends.</summary>
public sealed class HttpRouteTableTests
{
    private static readonly HttpRouteTable Routes = HttpRouteTable.Create(Catalog(
        ("GetItem", """{"name":"request","type":"httpTrigger","direction":"In","methods":["get"],"route":"items/{id}"}"""),
        ("SearchItems", """{"name":"request","type":"httpTrigger","direction":"In","methods":["post"],"route":"items/search"}"""),
        ("Console", """{"name":"request","type":"httpTrigger","direction":"In","methods":["get"],"route":"console/{*path}"}"""),
        ("Report", """{"name":"request","type":"httpTrigger","direction":"In","methods":["get"],"route":"reports/{year}/{month?}"}"""),
        ("Anything", """{"name":"req","type":"httpTrigger","direction":"In"}"""),
        ("Queue", """{"name":"message","type":"queueTrigger","direction":"In","queueName":"q"}""")), "api");

    [Fact]
    public void Match_ALiteralSegment_WinsOverAParameter()
    {
        var match = Routes.Match("POST", "/api/items/search");

        Assert.Equal("SearchItems", match!.Function.Name);
    }

    [Fact]
    public void Match_AParameter_GivesItsValue()
    {
        var match = Routes.Match("GET", "/api/items/search");

        Assert.Equal("GetItem", match!.Function.Name);
        Assert.Equal("search", match.RouteValues["id"]);
    }

    [Theory]
    [InlineData("/api/console/app/index.html", "app/index.html")]
    [InlineData("/api/console/", null)]
    public void Match_ACatchAll_TakesTheRestOfThePath(string path, string? expected)
    {
        var match = Routes.Match("GET", path);

        Assert.Equal("Console", match!.Function.Name);
        Assert.Equal(expected, match.RouteValues.GetValueOrDefault("path"));
    }

    [Fact]
    public void Match_AnOptionalParameter_MayBeLeftOut()
    {
        Assert.Equal("2026", Routes.Match("GET", "/api/reports/2026")!.RouteValues["year"]);
        Assert.Equal("11", Routes.Match("GET", "/api/reports/2026/11")!.RouteValues["month"]);
    }

    [Fact]
    public void Match_NoRouteAndNoMethods_IsTheFunctionNameForEveryMethod()
    {
        Assert.Equal("Anything", Routes.Match("DELETE", "/api/Anything")!.Function.Name);
    }

    [Theory]
    [InlineData("DELETE", "/api/items/1")]
    [InlineData("GET", "/items/1")]
    [InlineData("GET", "/api/nothing")]
    public void Match_AMethodOrPathNoFunctionTakes_IsNone(string method, string path)
    {
        Assert.Null(Routes.Match(method, path));
    }

    private static FunctionCatalog Catalog(params (string Name, string Trigger)[] functions) =>
        FunctionCatalog.FromMetadata(functions.Select(function =>
        {
            var metadata = new RpcFunctionMetadata { Name = function.Name, FunctionId = function.Name };
            metadata.RawBindings.Add(function.Trigger);
            return metadata;
        }));
}

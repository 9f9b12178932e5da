using System.Net;
using System.Net.Http.Json;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Tests.TestFunctions;

namespace Registry.DevHost.Tests.Http;

public sealed class HttpFunctionEndpointsTests
{
    private static readonly Type[] Functions = [typeof(BillingFunction), typeof(PingFunction), typeof(ItemFunction), typeof(ThrowingHttpFunction)];

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task Route_WithParameter_BindsRouteValueForEachMethod(string method)
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/orders/o-123/billing"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<BillingResponse>();
        Assert.Equal(new BillingResponse("o-123", method, CanBeCancelled: true), body);
    }

    [Fact]
    public async Task Route_MethodNotDeclared_IsNotRun()
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        using var response = await host.Client.GetAsync(new Uri("/api/orders/o-123/billing", UriKind.Relative));

        // ASP.NET Core answers 405 where the Functions host answers 404 (docs/dev-host.md).
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/orders/o-123")]
    [InlineData("POST", "/orders/o-123/billing")]
    [InlineData("GET", "/api/items/not-a-number")]
    public async Task UnknownRoute_Returns404(string method, string path)
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task FunctionWithoutRouteOrMethods_IsRoutedByNameForAnyMethod(string method)
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/Ping"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"pong {method}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TypedRouteValue_IsConverted()
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        var body = await host.Client.GetFromJsonAsync<Dictionary<string, int>>(new Uri("/api/items/41", UriKind.Relative));

        Assert.Equal(42, body!["next"]);
    }

    [Fact]
    public async Task RoutePrefix_FromHostJson_IsHonoured()
    {
        var hostJson = TestDevHost.DefaultHostJson.Replace("\"routePrefix\": \"api\"", "\"routePrefix\": \"registry/v1\"", StringComparison.Ordinal);
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>(), hostJson: hostJson);

        using var prefixed = await host.Client.PostAsync(new Uri("/registry/v1/orders/o-1/billing", UriKind.Relative), content: null);
        using var api = await host.Client.PostAsync(new Uri("/api/orders/o-1/billing", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, prefixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task FunctionThrows_Returns500ProblemWithoutExceptionDetails()
    {
        await using var host = await TestDevHost.StartAsync(Functions, new Dictionary<string, string>());

        using var response = await host.Client.GetAsync(new Uri("/api/explode", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("invocationId", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ThrowingHttpFunction.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Message.StartsWith("Executed 'Explode' (Failed", StringComparison.Ordinal) && log.Exception is not null);
    }
}

using System.Net;
using Registry.Console.Tests.Support;
using Registry.Testing.Azurite;

namespace Registry.Console.Tests.Serving;

/// <summary>How the Function App serves the console: caching by content hash, a strict CSP, nothing outside its folder.</summary>
[Collection(AzuriteCollection.Name)]
public class ServeConsoleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Page_NotCached_StrictHeaders_AssetsHashedAndCachedForAYear()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);

        using var page = await app.Client.GetAsync("/api/console/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-cache", page.Headers.CacheControl!.ToString());
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(app-[A-Z0-9]{8}\\.js)\"").Groups[1].Value;
        using var asset = await app.Client.GetAsync("/api/console/" + script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        var cache = asset.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("/api/console/../../host.json")]
    [InlineData("/api/console/%2e%2e/%2e%2e/host.json")]
    [InlineData("/api/console/..%2f..%2fhost.json")]
    [InlineData("/api/console/..%5c..%5chost.json")]
    [InlineData("/api/console/.hidden.js")]
    [InlineData("/api/console/Registry.Functions.dll")]
    [InlineData("/api/console/nothing-here.js")]
    public async Task PathOutsideTheConsoleOrUnknown_NotFound(string path)
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("AzureFunctionsJobHost", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSlash_RedirectsToTheFolder_AndConfigSaysDevelopmentSignIn()
    {
        await using var app = await ConsoleApp.StartAsync(azurite.ConnectionString);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };

        using var bare = await client.GetAsync("/api/console");
        using var config = await client.GetAsync("/api/console/config.json");

        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/api/console/", bare.Headers.Location!.ToString());
        Assert.Contains("\"signIn\":\"development\"", await config.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

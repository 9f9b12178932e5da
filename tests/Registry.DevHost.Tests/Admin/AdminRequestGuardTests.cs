using System.Net;
using System.Text;
using Registry.DevHost.Tests.Support;
using Registry.DevHost.Tests.TestFunctions;
using Registry.Testing.Azurite;

namespace Registry.DevHost.Tests.Admin;

/// <summary>A web page open in the developer's browser cannot drive the admin API: no cross-site or non-JSON calls.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdminRequestGuardTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_NotJson_Answers415AndRunsNothing(string? contentType)
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post("/admin/functions/RecordQueue", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingRanAsync(host);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost:3000")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task Post_FromAnotherSite_Answers403AndRunsNothing(string header, string value)
    {
        await using var host = await StartAsync();
        var request = Post("/admin/functions/RecordQueue", "text/plain");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingRanAsync(host);
    }

    [Fact]
    public async Task Post_JsonUnderARebindingHostName_Answers403()
    {
        await using var host = await StartAsync();
        var request = Post("/admin/functions/RecordQueue", "application/json");
        request.Headers.Host = $"evil.example:{host.Client.BaseAddress!.Port}";

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_DevTokenAsAForm_Answers403()
    {
        await using var host = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/dev-token")
        {
            Content = new StringContent("""{"subject":"x","roles":["Registry.PrivacyOfficer"]}""", Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_JsonFromTheSameOrigin_RunsTheFunction()
    {
        await using var host = await StartAsync();
        var request = Post("/admin/functions/RecordQueue", "application/json; charset=utf-8");
        request.Headers.TryAddWithoutValidation("Origin", host.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Single(await host.Recorder.WaitForAsync<ReceivedMessage>(1));
    }

    private static HttpRequestMessage Post(string path, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"input":"{\"messageId\":\"m-1\"}"}"""));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private static async Task AssertNothingRanAsync(TestDevHost host)
    {
        await Task.Delay(300);
        Assert.Empty(host.Recorder.Calls<ReceivedMessage>());
    }

    private Task<TestDevHost> StartAsync() =>
        TestDevHost.StartAsync([typeof(RecordingQueueFunction)], new Dictionary<string, string>
        {
            ["TestStorage"] = azurite.ConnectionString,
            ["DevHostTests__RecordingQueue"] = UniqueNames.Queue("guard"),
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["Registry__Staff__DevelopmentSigningKey"] = "REVWLU9OTFkgc3RhZmYgdG9rZW4ga2V5IG5vdCBmb3IgcHJvZCEh",
            ["Registry__Staff__Audience"] = "api://registry-test",
        });
}

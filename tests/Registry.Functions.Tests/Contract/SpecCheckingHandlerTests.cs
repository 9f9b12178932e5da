using System.Net;
using System.Text;

namespace Registry.Functions.Tests.Contract;

/// <summary>The check every functional test's answers pass through must itself refuse what the spec does not allow.</summary>
public sealed class SpecCheckingHandlerTests
{
    [Fact]
    public async Task Answer_MatchingItsSchema_Passes()
    {
        using var client = Client(HttpStatusCode.OK, """{"cases":[{"reference":"DSR-2026-0001","status":"verified","types":["access"]}]}""");

        var response = await client.GetAsync("/api/staff/cases");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Answer_WithAFieldOfTheWrongType_FailsNamingTheField()
    {
        using var client = Client(HttpStatusCode.OK, """{"cases":[{"reference":"DSR-2026-0001","status":1}]}""");

        var failure = await Assert.ThrowsAsync<SpecViolationException>(() => client.GetAsync("/api/staff/cases"));

        Assert.Contains("/cases/0/status", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithAMemberTheSpecDoesNotName_Fails()
    {
        using var client = Client(HttpStatusCode.OK, """{"cases":[{"reference":"DSR-2026-0001","secretField":"x"}]}""");

        var failure = await Assert.ThrowsAsync<SpecViolationException>(() => client.GetAsync("/api/staff/cases"));

        Assert.Contains("secretField", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithAnUndocumentedStatus_Fails()
    {
        using var client = Client(HttpStatusCode.Conflict, """{"title":"Conflict.","status":409}""", "application/problem+json");

        var failure = await Assert.ThrowsAsync<SpecViolationException>(() => client.GetAsync("/api/staff/cases"));

        Assert.Contains("GET /api/staff/cases answered 409", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Problem_WithoutItsRequiredMembers_Fails()
    {
        using var client = Client(HttpStatusCode.BadRequest, """{"detail":"no title, no status"}""", "application/problem+json");

        await Assert.ThrowsAsync<SpecViolationException>(() => client.GetAsync("/api/staff/cases"));
    }

    [Fact]
    public async Task PathOutsideTheSpec_IsNotChecked()
    {
        using var client = Client(HttpStatusCode.Accepted, "{}");

        var response = await client.PostAsync("/admin/functions/ReceiveSubjectRequest", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static HttpClient Client(HttpStatusCode status, string body, string mediaType = "application/json") =>
        new(new SpecCheckingHandler(OpenApiSpec.Instance, new Answer(status, body, mediaType))) { BaseAddress = new Uri("http://localhost/") };

    private sealed class Answer(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}

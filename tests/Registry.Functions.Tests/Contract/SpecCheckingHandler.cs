using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace Registry.Functions.Tests.Contract;

/// <summary>
/// Holds every answer the functional tests receive against docs/api/openapi.yaml: a status the
/// operation does not document, or a JSON body its schema refuses, fails the request with the
/// places that differ. Paths outside the spec (the dev host's /admin routes) pass unchecked.
/// </summary>
public sealed class SpecCheckingHandler(OpenApiSpec spec, HttpMessageHandler? inner = null) : DelegatingHandler(inner ?? new HttpClientHandler())
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var template = spec.PathOf(request.RequestUri!.AbsolutePath);
        if (template is null || !spec.HasOperation(template, request.Method.Method))
        {
            return response;
        }

        var operation = $"{request.Method.Method} {template}";
        var status = (int)response.StatusCode;
        var documented = spec.Response(template, request.Method.Method, status)
            ?? throw new SpecViolationException($"{operation} answered {status}, which docs/api/openapi.yaml does not document.");

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not ("application/json" or "application/problem+json"))
        {
            return response;
        }

        var schema = documented["content"]?[mediaType]?["schema"] ?? documented["content"]?["application/json"]?["schema"]
            ?? throw new SpecViolationException($"{operation} answered {status} with {mediaType}, for which the spec gives no schema.");
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var results = Compiled(spec.StandaloneSchema(schema)).Evaluate(body.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!results.IsValid)
        {
            var failures = (results.Details ?? [])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"  {detail.InstanceLocation} ({detail.EvaluationPath}): {error.Value}"));
            throw new SpecViolationException($"{operation} answered {status} with a body its schema refuses:\n{string.Join('\n', failures)}");
        }

        return response;
    }

    private static JsonSchema Compiled(string schema) =>
        Schemas.GetOrAdd(schema, text => JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://spec.test/{Guid.NewGuid():N}")));
}

public sealed class SpecViolationException(string message) : Exception(message);

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>
/// An RFC 9457 problem details answer (<c>application/problem+json</c>). Field errors name the JSON path
/// that failed and never repeat the value sent, which may be personal data.
/// </summary>
public sealed class ProblemResult(int status, string title, string? detail = null, IReadOnlyList<FieldError>? errors = null) : IActionResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Finnish letters as themselves (Åland, not \u00C5land); HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public int Status => status;

    public string Title => title;

    public string? Detail => detail;

    public IReadOnlyList<FieldError> Errors => errors ?? [];

    /// <summary>Seconds a client should wait before retrying (sent as <c>Retry-After</c>).</summary>
    public int? RetryAfterSeconds { get; init; }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = new
        {
            type = "about:blank",
            title,
            status,
            detail,
            instance = context.HttpContext.Request.Path.Value,
            errors = errors?.Select(e => new { field = e.Field, detail = e.Message }),
        };
        await JsonSerializer.SerializeAsync(response.Body, body, Json, context.HttpContext.RequestAborted);
    }
}

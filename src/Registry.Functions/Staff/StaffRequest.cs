using Microsoft.AspNetCore.Http;
using Registry.Functions.Http;
using Registry.Rectification;
using Registry.Validation;

namespace Registry.Functions.Staff;

/// <summary>The body of every case action; each endpoint reads the fields it needs (docs/api/cases.md).</summary>
public sealed record CaseActionBody
{
    public string? Method { get; init; }
    public string? Note { get; init; }
    public string? SubjectId { get; init; }
    public string? Reason { get; init; }
    public string? Reasons { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string>? Actions { get; init; }
    public string? CaseReference { get; init; }

    /// <summary>Decision only: the purposes a decided objection covers (absent: every marketing purpose).</summary>
    public ObjectionSubmission? Objection { get; init; }

    /// <summary>Decision only: the corrections a decided rectification makes (personal data: never logged).</summary>
    public RectificationSubmission? Rectification { get; init; }
}

/// <summary>The body of a subject search.</summary>
public sealed record SubjectSearchBody(string? Email, string? OrderNumber);

/// <summary>Reads a staff request's JSON body, bounded.</summary>
public static class StaffRequest
{
    private const int MaxBodyBytes = 64 * 1024;

    public static Task<Validated<CaseActionBody>> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync<CaseActionBody>(request, cancellationToken);

    public static Task<Validated<SubjectSearchBody>> ReadSearchAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReadAsync<SubjectSearchBody>(request, cancellationToken);

    private static async Task<Validated<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > MaxBodyBytes
            ? Validated<T>.Invalid([new FieldError("$", $"must be at most {MaxBodyBytes} bytes.")])
            : RequestJson.Read<T>(buffer.ToArray());
    }
}

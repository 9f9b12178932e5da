using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Orders.Ingest;

namespace Registry.Functions.Http;

/// <summary>A body whose signature a configured client made.</summary>
public sealed record SignedBody(ClientId Client, ReadOnlyMemory<byte> Body);

/// <summary>A signed body read as <typeparamref name="T"/> (unknown fields dropped), with the client that signed it.</summary>
public sealed record SignedJson<T>(ClientId Client, T Value);

/// <summary>
/// The gate of every client endpoint: JSON content type (415), size limit (413), Standard Webhooks
/// signature (401). Only a request that passes all three reaches a handler, and only once per webhook-id
/// (<see cref="ReplayGuard"/>): a replay gets the first answer instead.
/// </summary>
public sealed class SignedRequestReader(WebhookVerifier verifier, IngestionLimits limits, ReplayGuard replays)
{
    public async Task<(SignedBody? Body, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType());
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return (null, Problems.PayloadTooLarge(limits.MaxBodyBytes));
        }

        var body = await ReadLimitedAsync(request.Body, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, Problems.PayloadTooLarge(limits.MaxBodyBytes));
        }

        var headers = request.Headers;
        var check = await verifier.VerifyAsync(
            new SignedRequest(headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], body), cancellationToken);
        if (check.Client is not { } client)
        {
            return (null, Problems.Unauthorized(check.Failure!.Value));
        }

        return await replays.ClaimAsync(client, headers["webhook-id"]!, request, body, keepAnswer: true, cancellationToken) is { } replayed
            ? (null, replayed)
            : (new SignedBody(client, body), null);
    }

    /// <summary>The signed body as JSON of <typeparamref name="T"/>; a malformed body is a 400 naming where it broke.</summary>
    public async Task<(SignedJson<T>? Request, IActionResult? Problem)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var (signed, problem) = await ReadAsync(request, cancellationToken);
        if (signed is null)
        {
            return (null, problem);
        }

        var body = RequestJson.Read<T>(signed.Body);
        return body.IsValid ? (new SignedJson<T>(signed.Client, body.Value!), null) : (null, Problems.Validation(body.Errors));
    }

    /// <summary>
    /// A request without a body (GET): the signature covers the request target (path and query, as sent)
    /// in place of the body, so a captured signature cannot be replayed for another purpose or page.
    /// </summary>
    public async Task<(ClientId? Client, IActionResult? Problem)> ReadTargetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var target = System.Text.Encoding.UTF8.GetBytes(request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent());
        var headers = request.Headers;
        var check = await verifier.VerifyAsync(
            new SignedRequest(headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], target), cancellationToken);
        if (check.Client is not { } client)
        {
            return (null, Problems.Unauthorized(check.Failure!.Value));
        }

        // An audience page is personal data: it is never kept, so a replay is refused rather than answered again.
        return await replays.ClaimAsync(client, headers["webhook-id"]!, request, ReadOnlyMemory<byte>.Empty, keepAnswer: false, cancellationToken) is { } replayed
            ? (null, replayed)
            : (client, null);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer (a chunked body has no Content-Length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Clients.Signing;
using Registry.Orders.Ingest;

namespace Registry.Functions.Http;

/// <summary>
/// The gate of every <see cref="ForClientsAttribute"/> function, run by <see cref="HttpEdgeMiddleware"/>: JSON content
/// type (415), size limit (413), Standard Webhooks signature over the raw body (401; a GET signs its path and query),
/// the webhook-id claimed once (<see cref="ReplayGuard"/>: a replay gets the first answer), then the grant (403).
/// Only then does the function run, with the verified client and body in <see cref="SignedClientRequest"/>.
/// </summary>
public sealed class SignedClients(WebhookVerifier verifier, IngestionLimits limits, ReplayGuard replays, ClientGrants grants)
{
    public async Task<IActionResult> RunAsync(
        FunctionContext context, HttpRequest request, ForClientsAttribute audience, Func<Task<IActionResult>> function, CancellationToken cancellationToken)
    {
        var signed = audience.SignsTarget ? Target(request) : await ReadBodyAsync(request, cancellationToken);
        return await signed.ThenAsync(bytes => VerifiedAsync(context, request, audience, bytes, function, cancellationToken));
    }

    private async Task<IActionResult> VerifiedAsync(
        FunctionContext context, HttpRequest request, ForClientsAttribute audience, byte[] bytes, Func<Task<IActionResult>> function, CancellationToken cancellationToken)
    {
        var headers = request.Headers;
        var check = await verifier.VerifyAsync(
            new SignedRequest(headers["webhook-id"], headers["webhook-timestamp"], headers["webhook-signature"], bytes), cancellationToken);
        if (check.Client is not { } client)
        {
            return Problems.Unauthorized(check.Failure!.Value);
        }

        var body = audience.SignsTarget ? ReadOnlyMemory<byte>.Empty : bytes;
        return await (await replays.ClaimAsync(client, headers["webhook-id"]!, request, body, cancellationToken)).ThenAsync(async ticket =>
        {
            IActionResult answer;
            try
            {
                new SignedClientRequest(client, body).Store(context);
                answer = grants.Allows(client, audience.Operation) ? await function() : Problems.NotGranted(ClientOperations.NameOf(audience.Operation));
            }
            catch (Exception)
            {
                await replays.ReleaseAsync(ticket);
                throw;
            }

            await replays.CompleteAsync(ticket, answer, keepAnswer: !audience.SignsTarget, cancellationToken);
            return answer;
        });
    }

    /// <summary>What a GET's signature covers in place of a body: the request target as sent, so it cannot be replayed for another page.</summary>
    private static Result<byte[]> Target(HttpRequest request) =>
        System.Text.Encoding.UTF8.GetBytes(request.PathBase.Add(request.Path).ToUriComponent() + request.QueryString.ToUriComponent());

    private async Task<Result<byte[]>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return Problems.UnsupportedMediaType();
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return Problems.PayloadTooLarge(limits.MaxBodyBytes);
        }

        return await ReadLimitedAsync(request.Body, limits.MaxBodyBytes, cancellationToken) is { } body
            ? body
            : Problems.PayloadTooLarge(limits.MaxBodyBytes);
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

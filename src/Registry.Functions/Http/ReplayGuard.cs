using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Clients;
using Registry.Clients.Signing;
using Registry.Validation;

namespace Registry.Functions.Http;

/// <summary>
/// Remembers the <c>webhook-id</c> of every signed request for the replay window (<see cref="IWebhookIdLedger"/>):
/// a replay of the same request gets the first answer back and changes nothing; the same id on another request is a
/// 409. <see cref="SignedClients"/> claims the id once the signature verified and, when the function has answered,
/// keeps the answer (or gives the id up after a failure, so the sender's retry is handled).
/// </summary>
public sealed class ReplayGuard(IWebhookIdLedger ledger)
{
    /// <summary>Claims the request's id: the ticket to handle it with, or the answer to a replay (or a clash).</summary>
    public async Task<Result<WebhookIdTicket>> ClaimAsync(
        ClientId client, string webhookId, HttpRequest request, ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        await ledger.ClaimAsync(client, webhookId, Fingerprint(request, body), cancellationToken) switch
        {
            WebhookIdClaim.Claimed claimed => claimed.Ticket,
            WebhookIdClaim.Answered { Answer: { } answer } => new Result<WebhookIdTicket>.Refused(Replay(answer)),
            WebhookIdClaim.Answered => Problems.ReplayNotRepeated(),
            WebhookIdClaim.OtherRequest => Problems.WebhookIdReused(),
            _ => Problems.WebhookIdInProgress(),
        };

    /// <summary>
    /// Keeps the answer for replays, or frees the id when the answer asks for a retry. <paramref name="keepAnswer"/> false:
    /// the answer holds personal data (an audience page) and is never stored; a replay is refused.
    /// </summary>
    public async Task CompleteAsync(WebhookIdTicket ticket, IActionResult result, bool keepAnswer, CancellationToken cancellationToken)
    {
        if (Remember(result) is { } answer)
        {
            await ledger.CompleteAsync(ticket, keepAnswer ? answer : null, cancellationToken);
        }
        else
        {
            await ledger.ReleaseAsync(ticket, cancellationToken);
        }
    }

    /// <summary>Frees the id after a failure, whatever the caller's cancellation: the sender's retry must be handled.</summary>
    public Task ReleaseAsync(WebhookIdTicket ticket) => ledger.ReleaseAsync(ticket, CancellationToken.None);

    /// <summary>A digest of what the signature covers besides id and timestamp, and what it does not (method, target).</summary>
    private static string Fingerprint(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method}\n{request.PathBase.Add(request.Path).ToUriComponent()}{request.QueryString.ToUriComponent()}\n"));
        hash.AppendData(body.Span);
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    /// <summary>Answers worth repeating: JSON bodies and problems below 500 (a 5xx asks the sender to retry, so it is not kept).</summary>
    private static RememberedAnswer? Remember(IActionResult result) => result switch
    {
        JsonBodyResult json when json.Status < 500 =>
            new RememberedAnswer(json.Status, "json", JsonSerializer.Serialize(json.Body, json.Body.GetType(), JsonBodyResult.ResponseOptions)),
        ProblemResult problem when problem.Status < 500 =>
            new RememberedAnswer(problem.Status, "problem", JsonSerializer.Serialize(new StoredProblem(problem.Title, problem.Detail, problem.Errors.Count == 0 ? null : problem.Errors.ToList()), RequestJson.Options)),
        _ => null,
    };

    private static IActionResult Replay(RememberedAnswer answer)
    {
        if (answer.Kind == "problem")
        {
            var problem = JsonSerializer.Deserialize<StoredProblem>(answer.Body, RequestJson.Options)!;
            return new ProblemResult(answer.Status, problem.Title, problem.Detail, problem.Errors);
        }

        return new JsonBodyResult(answer.Status, JsonSerializer.Deserialize<JsonElement>(answer.Body, RequestJson.Options));
    }

    private sealed record StoredProblem(string Title, string? Detail, IReadOnlyList<FieldError>? Errors);
}

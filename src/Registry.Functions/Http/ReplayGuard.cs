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
/// 409. <see cref="SignedRequestReader"/> claims the id once the signature verified; <see cref="HttpEndpoint"/> keeps
/// the answer when the function returns (or gives the id up after a failure, so the sender's retry is handled).
/// The claim travels from one to the other in a per-invocation scope, so the function classes need not carry it.
/// </summary>
public sealed class ReplayGuard(IWebhookIdLedger ledger)
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Runs one invocation; the answer is remembered only when the request claimed an id.</summary>
    public async Task<IActionResult> RunAsync(Func<Task<IActionResult>> handle, CancellationToken cancellationToken)
    {
        var scope = new Scope();
        Current.Value = scope;
        IActionResult result;
        try
        {
            result = await handle();
        }
        catch (Exception) when (scope.Ticket is { } ticket)
        {
            await ledger.ReleaseAsync(ticket, CancellationToken.None);
            throw;
        }
        finally
        {
            Current.Value = null;
        }

        if (scope.Ticket is { } claimed)
        {
            if (Remember(result) is { } answer)
            {
                await ledger.CompleteAsync(claimed, scope.KeepAnswer ? answer : null, cancellationToken);
            }
            else
            {
                await ledger.ReleaseAsync(claimed, cancellationToken);
            }
        }

        return result;
    }

    /// <summary>
    /// Claims the request's id; null means handle it, an answer means this is a replay (or a clash) and that is the answer.
    /// <paramref name="keepAnswer"/> false: the answer holds personal data (an audience page) and is never stored; a replay is refused.
    /// </summary>
    public async Task<IActionResult?> ClaimAsync(
        ClientId client, string webhookId, HttpRequest request, ReadOnlyMemory<byte> body, bool keepAnswer, CancellationToken cancellationToken)
    {
        var claim = await ledger.ClaimAsync(client, webhookId, Fingerprint(request, body), cancellationToken);
        switch (claim)
        {
            case WebhookIdClaim.Claimed claimed when Current.Value is { } scope:
                scope.Ticket = claimed.Ticket;
                scope.KeepAnswer = keepAnswer;
                return null;
            case WebhookIdClaim.Claimed:
                throw new InvalidOperationException("A signed request was read outside HttpEndpoint.RunAsync: its webhook-id would never be answered.");
            case WebhookIdClaim.Answered { Answer: { } answer }:
                return Replay(answer);
            case WebhookIdClaim.Answered:
                return Problems.ReplayNotRepeated();
            case WebhookIdClaim.OtherRequest:
                return Problems.WebhookIdReused();
            default:
                return Problems.WebhookIdInProgress();
        }
    }

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

    private sealed class Scope
    {
        public WebhookIdTicket? Ticket { get; set; }

        public bool KeepAnswer { get; set; }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Clients.Grants;
using Registry.Functions.Http;
using Registry.Functions.Preferences;
using Registry.Preferences;
using Registry.Serialization;
using Registry.Subjects;
using Registry.Unsubscribe;
using Registry.Validation;

namespace Registry.Functions.Unsubscribe;

/// <summary><c>POST /api/unsubscribe-links</c>: a signed client mints a one-click unsubscribe link for one subject and purpose.</summary>
public sealed class MintUnsubscribeLink(HttpEndpoint endpoint, SignedRequestReader reader, UnsubscribeHandler handler, ClientGate gate)
{
    [Function(nameof(MintUnsubscribeLink))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "unsubscribe-links")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoint.RunAsync(nameof(MintUnsubscribeLink), async () =>
        {
            var (signed, problem) = await reader.ReadJsonAsync<UnsubscribeLinkSubmission>(request, cancellationToken);
            if (signed is null)
            {
                return problem!;
            }

            if (gate.Refuse(signed.Client, ClientOperation.UnsubscribeLinks) is { } refused)
            {
                return refused;
            }

            var errors = new FieldErrors();
            if (!SubjectId.TryParse(signed.Value.SubjectId, out var subject))
            {
                errors.Add("subjectId", "is required: a subject id as the register issued it (sub_…).");
            }

            if (!WireName<ConsentPurpose>.TryParse(signed.Value.Purpose, out var purpose))
            {
                errors.Add("purpose", $"must be one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
            }

            if (errors.Any)
            {
                return Problems.Validation(errors.All);
            }

            // Someone else's customer is answered exactly like a subject the register does not hold.
            if (!await gate.IsCustomerAsync(signed.Client, subject, cancellationToken))
            {
                return PreferenceRequests.NotRegistered();
            }

            return await handler.MintAsync(signed.Client, subject, purpose, cancellationToken) is { } link
                ? new JsonBodyResult(201, link)
                : PreferenceRequests.NotRegistered();
        }, cancellationToken);
}

/// <summary>The body of <c>POST /api/unsubscribe-links</c>.</summary>
public sealed record UnsubscribeLinkSubmission(string? SubjectId, string? Purpose);

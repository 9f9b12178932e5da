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
public sealed class MintUnsubscribeLink(UnsubscribeHandler handler, ClientGate gate)
{
    [Function(nameof(MintUnsubscribeLink))]
    [ForClients(ClientOperation.UnsubscribeLinks)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "unsubscribe-links")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var signed = context.SignedClient();
        return signed.Read<UnsubscribeLinkSubmission>().Then(Bind).ThenAsync(async link =>
            // Someone else's customer is answered exactly like a subject the register does not hold.
            await gate.IsCustomerAsync(signed.Client, link.Subject, cancellationToken)
            && await handler.MintAsync(signed.Client, link.Subject, link.Purpose, cancellationToken) is { } minted
                ? new JsonBodyResult(201, minted)
                : PreferenceRequests.NotRegistered());
    }

    private static Result<LinkRequest> Bind(UnsubscribeLinkSubmission submission)
    {
        var errors = new FieldErrors();
        if (!SubjectId.TryParse(submission.SubjectId, out var subject))
        {
            errors.Add("subjectId", "is required: a subject id as the register issued it (sub_…).");
        }

        if (!WireName<ConsentPurpose>.TryParse(submission.Purpose, out var purpose))
        {
            errors.Add("purpose", $"must be one of {string.Join(", ", WireName<ConsentPurpose>.All)}.");
        }

        return errors.Any ? Problems.Validation(errors.All) : new LinkRequest(subject, purpose);
    }

    /// <summary>A valid request: the link is for this subject and purpose.</summary>
    private sealed record LinkRequest(SubjectId Subject, ConsentPurpose Purpose);
}

/// <summary>The body of <c>POST /api/unsubscribe-links</c>.</summary>
public sealed record UnsubscribeLinkSubmission(string? SubjectId, string? Purpose);

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Functions.Http;
using Registry.Letters;
using Registry.Validation;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>POST /api/staff/cases/{reference}/refuse/preview</c> with <c>{"reasons"}</c>: the refusal letter exactly as
/// <c>…/refuse</c> would queue it, so the officer reads it before sending; changes nothing (privacy officer; audited,
/// since the letter names the requester).
/// </summary>
public sealed class PreviewRefusal(ICaseStore cases)
{
    [Function(nameof(PreviewRefusal))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/refuse/preview")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        var body = await StaffRequest.ReadAsync(request, cancellationToken);
        if (!body.IsValid)
        {
            return Problems.Validation(body.Errors);
        }

        var errors = new FieldErrors();
        var reasons = errors.Required("reasons", body.Value!.Reasons, 4000);
        if (reasons is null)
        {
            return Problems.Validation(errors.All);
        }

        if (await call.ReadCaseAsync(cases, reference, cancellationToken) is not { } stored)
        {
            return Problems.NotFound("No case has this reference.");
        }

        var (subject, text) = CaseLetters.Render(stored.Case, LetterKind.Refusal, new() { ["reasons"] = reasons });
        return new JsonBodyResult(200, new { reference = stored.Case.Reference.Value, to = stored.Case.Requester.Email, subject, body = text });
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Cases.Attachments;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/cases/{reference}/attachments</c>: the mail attachments kept with the case: id, file name (opened from
/// its seal), content type and size (reader; audited; never cached, as no answer is).
/// </summary>
public sealed class ListCaseAttachments(StaffEndpoint staff, ICaseStore cases, ICaseAttachments attachments)
{
    [Function(nameof(ListCaseAttachments))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}/attachments")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        staff.RunAsync(nameof(ListCaseAttachments), request, StaffRoles.Reader, async call =>
        {
            var stored = CaseReference.TryParse(reference, out var caseReference) ? await cases.GetAsync(caseReference, cancellationToken) : null;
            if (stored is null)
            {
                return Problems.NotFound("No case has this reference.");
            }

            await call.AuditAsync(caseReference.Value, stored.Case.SubjectId, null, cancellationToken);
            var found = await attachments.ListAsync(caseReference, cancellationToken);
            return new JsonBodyResult(200, new { reference = caseReference.Value, attachments = found });
        }, cancellationToken);
}

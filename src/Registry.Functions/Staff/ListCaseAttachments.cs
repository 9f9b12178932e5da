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
public sealed class ListCaseAttachments(ICaseStore cases, ICaseAttachments attachments)
{
    [Function(nameof(ListCaseAttachments))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}/attachments")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        if (await call.ReadCaseAsync(cases, reference, cancellationToken) is not { } stored)
        {
            return Problems.NotFound("No case has this reference.");
        }

        var found = await attachments.ListAsync(stored.Case.Reference, cancellationToken);
        return new JsonBodyResult(200, new { reference = stored.Case.Reference.Value, attachments = found });
    }
}

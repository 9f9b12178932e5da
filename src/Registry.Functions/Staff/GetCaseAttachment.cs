using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Cases.Attachments;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/cases/{reference}/attachments/{attachmentId}</c>: one mail attachment, byte for byte (reader; audited).
/// Always <c>application/octet-stream</c> as a download, whatever type the sender claimed, so a browser never renders a
/// sender's file as this API's page; the claimed type is in the listing. Never cached.
/// </summary>
public sealed class GetCaseAttachment(ICaseStore cases, ICaseAttachments attachments)
{
    [Function(nameof(GetCaseAttachment))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}/attachments/{attachmentId}")] HttpRequest request,
        string reference,
        string attachmentId,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        if (!CaseAttachment.IsId(attachmentId) || await call.ReadCaseAsync(cases, reference, cancellationToken) is not { } stored
            || await attachments.ReadAsync(stored.Case.Reference, attachmentId, cancellationToken) is not { } found)
        {
            return Problems.NotFound("The case has no attachment with this id.");
        }

        // no-store and nosniff come with every answer (PrivateAnswer); a download is never shown inline.
        request.HttpContext.Response.Headers.ContentDisposition = "attachment";
        return new FileContentResult(found.Content.ToArray(), "application/octet-stream");
    }
}

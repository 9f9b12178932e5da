using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Functions.Http;
using Registry.Intake;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/cases/{reference}/original</c>: the message a triage case was opened from, exactly as it
/// arrived (it is kept sealed, so this is the way to read it; reader; audited).
/// </summary>
public sealed class GetCaseOriginal(ICaseStore cases, ITriageBlobs originals)
{
    [Function(nameof(GetCaseOriginal))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}/original")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        var stored = CaseReference.TryParse(reference, out var caseReference) ? await cases.GetAsync(caseReference, cancellationToken) : null;
        if (stored?.Case.OriginalBlob is not { } blob)
        {
            return Problems.NotFound("No case with this reference keeps an original message.");
        }

        await call.AuditAsync(caseReference.Value, stored.Case.SubjectId, null, cancellationToken);
        return await originals.ReadAsync(blob, cancellationToken) is { } content
            ? new FileContentResult(content.ToArray(), "application/octet-stream")
            : Problems.NotFound("The original message is no longer kept.");
    }
}

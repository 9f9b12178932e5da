using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/verify</c>: record how the requester's identity was verified (privacy officer; docs/api/cases.md).</summary>
public sealed class VerifyCase(CaseChanges changes)
{
    [Function(nameof(VerifyCase))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/verify")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.VerifyAsync(caseReference, actor, body.Method, body.Note, cancellationToken), cancellationToken);
}

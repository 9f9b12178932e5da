using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/extend</c>: extend the deadline by two months, with reasons, and notify the requester (privacy officer; docs/api/cases.md).</summary>
public sealed class ExtendCase(CaseChanges changes)
{
    [Function(nameof(ExtendCase))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/extend")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.ExtendAsync(caseReference, actor, body.Reasons, cancellationToken), cancellationToken);
}

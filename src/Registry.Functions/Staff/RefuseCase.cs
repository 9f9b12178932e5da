using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/refuse</c>: refuse the request with reasons; a refusal letter naming the Data Protection Ombudsman is queued (privacy officer; docs/api/cases.md).</summary>
public sealed class RefuseCase(CaseChanges changes)
{
    [Function(nameof(RefuseCase))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/refuse")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.RefuseAsync(caseReference, actor, body.Reasons, cancellationToken), cancellationToken);
}

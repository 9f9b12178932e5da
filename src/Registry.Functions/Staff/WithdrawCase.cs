using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/withdraw</c>: record that the requester withdrew the request (privacy officer; docs/api/cases.md).</summary>
public sealed class WithdrawCase(CaseChanges changes)
{
    [Function(nameof(WithdrawCase))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/withdraw")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.WithdrawAsync(caseReference, actor, body.Reason, cancellationToken), cancellationToken);
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/withdraw</c>: record that the requester withdrew the request (privacy officer; docs/api/cases.md).</summary>
public sealed class WithdrawCase(CaseChanges changes)
{
    [Function(nameof(WithdrawCase))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/withdraw")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        changes.RunAsync(nameof(WithdrawCase), request, reference, (work, caseReference, actor, body) => work.WithdrawAsync(caseReference, actor, body.Reason, cancellationToken), cancellationToken);
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/verify</c>: record how the requester's identity was verified (privacy officer; docs/api/cases.md).</summary>
public sealed class VerifyCase(CaseChanges changes)
{
    [Function(nameof(VerifyCase))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/verify")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        changes.RunAsync(nameof(VerifyCase), request, reference, (work, caseReference, actor, body) => work.VerifyAsync(caseReference, actor, body.Method, body.Note, cancellationToken), cancellationToken);
}

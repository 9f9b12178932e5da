using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/subject</c>: link the case to a subject of the register (privacy officer; docs/api/cases.md).</summary>
public sealed class LinkCaseSubject(CaseChanges changes)
{
    [Function(nameof(LinkCaseSubject))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/subject")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        changes.RunAsync(nameof(LinkCaseSubject), request, reference, (work, caseReference, actor, body) => work.LinkSubjectAsync(caseReference, actor, body.SubjectId, body.Reason, cancellationToken), cancellationToken);
}

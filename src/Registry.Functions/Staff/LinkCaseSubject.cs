using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/subject</c>: link the case to a subject of the register (privacy officer; docs/api/cases.md).</summary>
public sealed class LinkCaseSubject(CaseChanges changes)
{
    [Function(nameof(LinkCaseSubject))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/subject")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.LinkSubjectAsync(caseReference, actor, body.SubjectId, body.Reason, cancellationToken), cancellationToken);
}

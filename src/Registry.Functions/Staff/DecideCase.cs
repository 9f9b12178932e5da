using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Cases.Work;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/decision</c>: decide the actions to execute, with an objection's purposes and a rectification's changes; they are queued on case-actions (privacy officer; docs/api/cases.md).</summary>
public sealed class DecideCase(CaseChanges changes)
{
    [Function(nameof(DecideCase))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/decision")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) =>
            work.DecideAsync(caseReference, actor, body.Actions, body.Reason, new DecisionDetailsSubmission(body.Objection, body.Rectification), cancellationToken), cancellationToken);
}

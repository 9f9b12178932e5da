using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/notes</c>: add a note to the timeline (privacy officer; docs/api/cases.md).</summary>
public sealed class AddCaseNote(CaseChanges changes)
{
    [Function(nameof(AddCaseNote))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/notes")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        changes.RunAsync(context.StaffCall(), request, reference, (work, caseReference, actor, body) => work.AddNoteAsync(caseReference, actor, body.Text, cancellationToken), cancellationToken);
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Registry.Functions.Staff;

/// <summary><c>POST /api/staff/cases/{reference}/notes</c>: add a note to the timeline (privacy officer; docs/api/cases.md).</summary>
public sealed class AddCaseNote(CaseChanges changes)
{
    [Function(nameof(AddCaseNote))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/cases/{reference}/notes")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        changes.RunAsync(nameof(AddCaseNote), request, reference, (work, caseReference, actor, body) => work.AddNoteAsync(caseReference, actor, body.Text, cancellationToken), cancellationToken);
}

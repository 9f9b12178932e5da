using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>GET /api/staff/cases/{reference}</c>: one case with the requester's message and its timeline (reader; audited).</summary>
public sealed class GetCase(StaffEndpoint staff, ICaseStore cases)
{
    [Function(nameof(GetCase))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}")] HttpRequest request,
        string reference,
        CancellationToken cancellationToken) =>
        staff.RunAsync(nameof(GetCase), request, StaffRoles.Reader, async call =>
        {
            var stored = CaseReference.TryParse(reference, out var caseReference) ? await cases.GetAsync(caseReference, cancellationToken) : null;
            if (stored is null)
            {
                return Problems.NotFound("No case has this reference.");
            }

            await call.AuditAsync(caseReference.Value, stored.Case.SubjectId, null, cancellationToken);
            var timeline = await cases.TimelineAsync(caseReference, cancellationToken);
            return new JsonBodyResult(200, CaseView.Of(stored.Case, timeline));
        }, cancellationToken);
}

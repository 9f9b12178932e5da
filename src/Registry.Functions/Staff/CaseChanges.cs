using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Cases;
using Registry.Cases.Work;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// The shape every case-changing endpoint shares: privacy officer only, a valid reference, a JSON body,
/// the audit entry (with the body's reason) before the change, and one mapping of outcomes to HTTP.
/// </summary>
public sealed class CaseChanges(CaseWork work, ICaseStore cases)
{
    public async Task<IActionResult> RunAsync(
        StaffCall call, HttpRequest request, string reference,
        Func<CaseWork, CaseReference, string, CaseActionBody, Task<CaseWorkResult>> change, CancellationToken cancellationToken)
    {
        if (!CaseReference.TryParse(reference, out var caseReference))
        {
            return Problems.NotFound("No case has this reference.");
        }

        var body = await StaffRequest.ReadAsync(request, cancellationToken);
        if (!body.IsValid)
        {
            return Problems.Validation(body.Errors);
        }

        var stored = await cases.GetAsync(caseReference, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound("No case has this reference.");
        }

        var b = body.Value!;
        await call.AuditAsync(caseReference.Value, stored.Case.SubjectId, b.Reason ?? b.Reasons ?? b.Note ?? b.Text, cancellationToken);
        return await change(work, caseReference, call.Principal.Id, b) switch
        {
            CaseWorkResult.Done done => new JsonBodyResult(200, CaseView.Of(done.Case)),
            CaseWorkResult.Invalid invalid => Problems.Validation(invalid.Errors),
            CaseWorkResult.Conflict conflict => Problems.Conflict(conflict.Detail),
            _ => Problems.NotFound("No case has this reference."),
        };
    }
}

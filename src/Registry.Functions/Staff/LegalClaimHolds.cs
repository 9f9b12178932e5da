using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Erasure;
using Registry.Functions.Http;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>PUT</c> and <c>DELETE /api/staff/subjects/{subjectId}/legal-claim</c>: the privacy officer places or lifts a
/// legal-claim hold (Art. 17(3)(e)) with a reason; audited. While it is set, erasure and the purge keep every order.
/// </summary>
public sealed class LegalClaimHolds(LegalClaims claims)
{
    [Function("PlaceLegalClaimHold")]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Place(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "staff/subjects/{subjectId}/legal-claim")] HttpRequest request,
        string subjectId,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        SubjectChanges.RunAsync(context.StaffCall(), request, subjectId, async (call, subject, reason, body) =>
        {
            if (body.CaseReference is { } text && !CaseReference.TryParse(text, out _))
            {
                return Problems.Validation("caseReference", "must be a case reference (DSR-YYYY-NNNN).");
            }

            await call.AuditAsync(body.CaseReference, subject, reason, cancellationToken);
            return Answer(subject, await claims.PlaceAsync(subject, call.Principal.Id, body.CaseReference, cancellationToken));
        }, cancellationToken);

    [Function("LiftLegalClaimHold")]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Lift(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/subjects/{subjectId}/legal-claim")] HttpRequest request,
        string subjectId,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        SubjectChanges.RunAsync(context.StaffCall(), request, subjectId, async (call, subject, reason, _) =>
        {
            await call.AuditAsync(null, subject, reason, cancellationToken);
            return Answer(subject, await claims.LiftAsync(subject, cancellationToken));
        }, cancellationToken);

    private static IActionResult Answer(SubjectId subject, SubjectStatus? status) =>
        status is null ? Problems.NotFound("No subject has this id.") : new JsonBodyResult(200, new { subjectId = subject.Value, status });
}

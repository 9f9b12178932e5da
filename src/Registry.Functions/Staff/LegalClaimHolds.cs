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
public sealed class LegalClaimHolds(StaffEndpoint staff, LegalClaims claims)
{
    [Function("PlaceLegalClaimHold")]
    public Task<IActionResult> Place(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "staff/subjects/{subjectId}/legal-claim")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        RunAsync("PlaceLegalClaimHold", request, subjectId, (subject, actor, body) =>
            claims.PlaceAsync(subject, actor, body.CaseReference, cancellationToken), cancellationToken);

    [Function("LiftLegalClaimHold")]
    public Task<IActionResult> Lift(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/subjects/{subjectId}/legal-claim")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        RunAsync("LiftLegalClaimHold", request, subjectId, (subject, _, _) => claims.LiftAsync(subject, cancellationToken), cancellationToken);

    private Task<IActionResult> RunAsync(
        string function, HttpRequest request, string subjectId, Func<SubjectId, string, CaseActionBody, Task<SubjectStatus?>> change, CancellationToken cancellationToken) =>
        staff.RunAsync(function, request, StaffRoles.PrivacyOfficer, async call =>
        {
            if (!SubjectId.TryParse(subjectId, out var subject))
            {
                return Problems.NotFound("No subject has this id.");
            }

            var body = await StaffRequest.ReadAsync(request, cancellationToken);
            if (!body.IsValid)
            {
                return Problems.Validation(body.Errors);
            }

            var reason = body.Value!.Reason;
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 4000)
            {
                return Problems.Validation("reason", "is required (at most 4000 characters): the audit log records why.");
            }

            if (body.Value.CaseReference is { } text && !CaseReference.TryParse(text, out _))
            {
                return Problems.Validation("caseReference", "must be a case reference (DSR-YYYY-NNNN).");
            }

            await call.AuditAsync(body.Value.CaseReference, subject, reason, cancellationToken);
            var status = await change(subject, call.Principal.Id, body.Value);
            return status is null ? Problems.NotFound("No subject has this id.") : new JsonBodyResult(200, new { subjectId = subject.Value, status });
        }, cancellationToken);
}

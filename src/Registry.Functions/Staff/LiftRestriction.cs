using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Restrictions;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>DELETE /api/staff/subjects/{subjectId}/restriction</c> with <c>{"reason"}</c>: the officer lifts a restriction
/// (Art. 18); when a case asked for it, the person is told first (Art. 18(3)). Privacy officer; audited.
/// </summary>
public sealed class LiftRestriction(StaffEndpoint staff, ISubjectRestrictions restrictions, LiftRestrictionHandler handler)
{
    private const int MaxReason = 4000;

    [Function(nameof(LiftRestriction))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/subjects/{subjectId}/restriction")] HttpRequest request,
        string subjectId,
        CancellationToken cancellationToken) =>
        staff.RunAsync(nameof(LiftRestriction), request, StaffRoles.PrivacyOfficer, async call =>
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

            var errors = new FieldErrors();
            var reason = errors.Required("reason", body.Value!.Reason, MaxReason);
            if (reason is null)
            {
                return Problems.Validation(errors.All);
            }

            if (await restrictions.FindAsync(subject, cancellationToken) is not { } restriction)
            {
                return Problems.NotFound("This subject is not restricted.");
            }

            await call.AuditAsync(restriction.CaseReference, subject, reason, cancellationToken);
            var informed = await handler.LiftAsync(subject, restriction, reason, cancellationToken);
            return new JsonBodyResult(200, new { subjectId = subject.Value, restricted = false, caseReference = restriction.CaseReference, informed });
        }, cancellationToken);
}

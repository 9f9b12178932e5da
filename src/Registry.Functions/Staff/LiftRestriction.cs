using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Restrictions;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>DELETE /api/staff/subjects/{subjectId}/restriction</c> with <c>{"reason"}</c>: the officer lifts a restriction
/// (Art. 18); when a case asked for it, the person is told first (Art. 18(3)). Privacy officer; audited.
/// </summary>
public sealed class LiftRestriction(ISubjectRestrictions restrictions, LiftRestrictionHandler handler)
{
    [Function(nameof(LiftRestriction))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "staff/subjects/{subjectId}/restriction")] HttpRequest request,
        string subjectId,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        SubjectChanges.RunAsync(context.StaffCall(), request, subjectId, async (call, subject, reason, _) =>
        {
            if (await restrictions.FindAsync(subject, cancellationToken) is not { } restriction)
            {
                return Problems.NotFound("This subject is not restricted.");
            }

            await call.AuditAsync(restriction.CaseReference, subject, reason, cancellationToken);
            var informed = await handler.LiftAsync(subject, restriction, reason, cancellationToken);
            return new JsonBodyResult(200, new { subjectId = subject.Value, restricted = false, caseReference = restriction.CaseReference, informed });
        }, cancellationToken);
}

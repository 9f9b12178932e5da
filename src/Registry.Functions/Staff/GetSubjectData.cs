using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/subjects/{subjectId}</c>: what the register holds about a person, opened with their data keys
/// (values whose key was destroyed are null and their scope is listed in <c>erasedScopes</c>), with the holds that keep
/// their accounting data today and the last day each holds; reader role, audited.
/// </summary>
public sealed class GetSubjectData(ISubjectReader register, TimeProvider time)
{
    [Function(nameof(GetSubjectData))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/subjects/{subjectId}")] HttpRequest request,
        string subjectId,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        if (!SubjectId.TryParse(subjectId, out var subject))
        {
            return Problems.NotFound("No subject has this id.");
        }

        await call.AuditAsync(null, subject, null, cancellationToken);
        var data = await register.ReadAsync(subject, cancellationToken);
        return data is null ? Problems.NotFound("No subject has this id.") : new JsonBodyResult(200, SubjectView.Of(data, time));
    }
}

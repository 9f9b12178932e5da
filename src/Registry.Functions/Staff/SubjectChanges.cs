using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Functions.Http;
using Registry.Subjects;
using Registry.Validation;

namespace Registry.Functions.Staff;

/// <summary>
/// The shape every change to a person's markers shares (a restriction lifted, a legal-claim hold placed or lifted):
/// privacy officer only, a valid subject id, a JSON body with a required reason. The change writes its own audit
/// entry, since only it knows which case it belongs to.
/// </summary>
public static class SubjectChanges
{
    private const int MaxReason = 4000;

    public static async Task<IActionResult> RunAsync(
        StaffCall call, HttpRequest request, string subjectId,
        Func<StaffCall, SubjectId, string, CaseActionBody, Task<IActionResult>> change, CancellationToken cancellationToken)
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
        return reason is null ? Problems.Validation(errors.All) : await change(call, subject, reason, body.Value);
    }
}

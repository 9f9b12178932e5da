using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Audit;
using Registry.Functions.Http;
using Registry.Subjects;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/audit?day=yyyy-MM-dd</c> or <c>?subjectId=…</c>: the audit log (privacy officer; reading it is audited
/// too), each entry with its reason opened from where it is sealed, or the state that says why there is none.
/// </summary>
public sealed class ReadAudit(IAuditLog audit, IAuditReasons reasons)
{
    [Function(nameof(ReadAudit))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/audit")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        var dayText = request.Query["day"].ToString();
        var subjectText = request.Query["subjectId"].ToString();
        if (subjectText.Length > 0)
        {
            if (!SubjectId.TryParse(subjectText, out var subject))
            {
                return Problems.Validation("subjectId", "must be a subject id (sub_…).");
            }

            await call.AuditAsync(null, subject, null, cancellationToken);
            return new JsonBodyResult(200, new { entries = await ViewsAsync(await audit.ForSubjectAsync(subject, cancellationToken), cancellationToken) });
        }

        if (!DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problems.Validation("day", "must be a date, yyyy-MM-dd (or give subjectId).");
        }

        await call.AuditAsync(null, null, null, cancellationToken);
        return new JsonBodyResult(200, new { entries = await ViewsAsync(await audit.ForDayAsync(day, cancellationToken), cancellationToken) });
    }

    private async Task<IEnumerable<AuditEntryView>> ViewsAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var opened = await reasons.OpenAsync(entries, cancellationToken);
        return entries.Select((entry, i) => AuditEntryView.Of(entry, opened[i]));
    }
}

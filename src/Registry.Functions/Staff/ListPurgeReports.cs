using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Functions.Http;
using Registry.Retention.Purge;

namespace Registry.Functions.Staff;

/// <summary>
/// <c>GET /api/staff/purge-reports</c>: the latest ten nightly purge reports, newest first (identifiers and counts only;
/// privacy officer; audited like every staff read).
/// </summary>
public sealed class ListPurgeReports(IPurgeReports reports)
{
    private const int Latest = 10;

    [Function(nameof(ListPurgeReports))]
    [ForStaff(StaffRoles.PrivacyOfficer)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/purge-reports")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        await call.AuditAsync(null, null, null, cancellationToken);
        var latest = await reports.LatestAsync(Latest, cancellationToken);
        return new JsonBodyResult(200, new
        {
            reports = latest.Select(r => new
            {
                name = r.Name, r.Report.RunDate, r.Report.DryRun, r.Report.StartedAt, r.Report.Outcome, r.Report.Items, r.Report.Actions,
                rescheduled = r.Report.Rescheduled.Count,
            }),
        });
    }
}

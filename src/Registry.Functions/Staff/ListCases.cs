using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Functions.Http;
using Registry.Serialization;

namespace Registry.Functions.Staff;

/// <summary><c>GET /api/staff/cases?status=&amp;dueBefore=</c>: cases by deadline, without personal data (reader).</summary>
public sealed class ListCases(ICaseStore cases)
{
    [Function(nameof(ListCases))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        CaseStatus? status = null;
        if (request.Query["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!WireName<CaseStatus>.TryParse(statusText, out var parsed))
            {
                return Problems.Validation("status", $"must be one of: {string.Join(", ", WireName<CaseStatus>.All)}.");
            }

            status = parsed;
        }

        DateOnly? dueBefore = null;
        if (request.Query["dueBefore"].ToString() is { Length: > 0 } dueText)
        {
            if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                return Problems.Validation("dueBefore", "must be a date, yyyy-MM-dd.");
            }

            dueBefore = due;
        }

        await call.AuditAsync(null, null, null, cancellationToken);
        var found = await cases.ListAsync(status, dueBefore, cancellationToken);
        return new JsonBodyResult(200, new { cases = found.Select(c => CaseView.Of(c)) });
    }
}

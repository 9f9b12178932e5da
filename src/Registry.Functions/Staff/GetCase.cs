using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Registry.Cases;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary><c>GET /api/staff/cases/{reference}</c>: one case with the requester's message and its timeline (reader; audited).</summary>
public sealed class GetCase(ICaseStore cases)
{
    [Function(nameof(GetCase))]
    [ForStaff(StaffRoles.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/cases/{reference}")] HttpRequest request,
        string reference,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var call = context.StaffCall();
        if (await call.ReadCaseAsync(cases, reference, cancellationToken) is not { } stored)
        {
            return Problems.NotFound("No case has this reference.");
        }

        var timeline = await cases.TimelineAsync(stored.Case.Reference, cancellationToken);
        return new JsonBodyResult(200, CaseView.Of(stored.Case, timeline));
    }
}

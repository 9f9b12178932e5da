using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Audit;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// The gate of every staff endpoint: a bearer token (never a client signature), the role, then the handler,
/// which must write its audit entry before answering; a success without one is a bug and answers 500.
/// </summary>
public sealed class StaffEndpoint(HttpEndpoint endpoint, StaffTokenValidator validator, IAuditLog audit, IAuditReasons reasons, TimeProvider time)
{
    public Task<IActionResult> RunAsync(string function, HttpRequest request, string role, Func<StaffCall, Task<IActionResult>> handle, CancellationToken cancellationToken) =>
        endpoint.RunAsync(function, async () =>
        {
            var header = request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return Problems.StaffUnauthorized();
            }

            var token = await validator.ValidateAsync(header["Bearer ".Length..].Trim(), cancellationToken);
            if (token is null)
            {
                return Problems.StaffUnauthorized();
            }

            var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
            if (!StaffRoles.Allows(role, roles))
            {
                return Problems.StaffForbidden(role);
            }

            var id = token.TryGetClaim("oid", out var oid) ? oid.Value : token.Subject;
            var name = token.TryGetClaim("name", out var claim) ? claim.Value : null;
            var held = roles.Contains(StaffRoles.PrivacyOfficer) ? StaffRoles.PrivacyOfficer : StaffRoles.Reader;
            var call = new StaffCall(function, new StaffPrincipal(id, name, held), request, audit, reasons, time);
            var result = await handle(call);
            if (IsSuccess(result) && !call.Audited)
            {
                throw new InvalidOperationException($"{function} answered without writing its audit entry.");
            }

            return result;
        }, cancellationToken);

    private static bool IsSuccess(IActionResult result) => result is JsonBodyResult { Status: < 400 };
}

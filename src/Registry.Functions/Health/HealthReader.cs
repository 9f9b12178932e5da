using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Functions.Http;
using Registry.Functions.Staff;

namespace Registry.Functions.Health;

/// <summary>
/// Who may see the health detail: staff with a valid token for this API (<c>Registry.Reader</c> or
/// <c>Registry.PrivacyOfficer</c>). A function key cannot serve: the endpoint is anonymous to the Functions host,
/// and locally keys are not enforced at all. The detail holds no personal data, so reading it is not audited.
/// No <c>Authorization</c> header is the anonymous answer; a header that is not a valid staff token is a 401/403,
/// as on every staff endpoint.
/// </summary>
public sealed class HealthReader(StaffTokenValidator validator)
{
    public async Task<(bool Detail, IActionResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return (false, null);
        }

        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await validator.ValidateAsync(header["Bearer ".Length..].Trim(), cancellationToken)
            : null;
        if (token is null)
        {
            return (false, Problems.StaffUnauthorized());
        }

        var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
        return StaffRoles.Allows(StaffRoles.Reader, roles) ? (true, null) : (false, Problems.StaffForbidden(StaffRoles.Reader));
    }
}

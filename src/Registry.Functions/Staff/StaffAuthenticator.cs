using Microsoft.AspNetCore.Http;
using Registry.Functions.Http;

namespace Registry.Functions.Staff;

/// <summary>
/// Who a staff request comes from: a bearer access token for this API (<see cref="StaffTokenValidator"/>, never a client
/// signature) holding a role that allows <c>role</c>. A missing or invalid token is a 401, a role too small a 403.
/// </summary>
public sealed class StaffAuthenticator(StaffTokenValidator validator)
{
    public async Task<Result<StaffPrincipal>> AuthenticateAsync(HttpRequest request, string role, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await validator.ValidateAsync(header["Bearer ".Length..].Trim(), cancellationToken)
            : null;
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
        return new StaffPrincipal(id, name, held);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Registry.Functions.Staff;

namespace Registry.Functions.Health;

/// <summary>
/// Who may see the health detail: staff with a valid token for this API (<c>Registry.Reader</c> or
/// <c>Registry.PrivacyOfficer</c>). A function key cannot serve: the endpoint is anonymous to the Functions host,
/// and locally keys are not enforced at all. The detail holds no personal data, so reading it is not audited.
/// No <c>Authorization</c> header is the anonymous answer; a header that is not a valid staff token is a 401/403,
/// as on every staff endpoint.
/// </summary>
public sealed class HealthReader(StaffAuthenticator authenticator)
{
    public async Task<(bool Detail, IActionResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Headers.Authorization.ToString().Length == 0)
        {
            return (false, null);
        }

        var (principal, problem) = await authenticator.AuthenticateAsync(request, StaffRoles.Reader, cancellationToken);
        return (principal is not null, problem);
    }
}

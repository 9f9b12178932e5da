using Microsoft.AspNetCore.Http;
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
public sealed class HealthReader(StaffAuthenticator authenticator)
{
    /// <summary>Whether the caller may see the detail (true), is anonymous (false), or the refusal of a token that is not valid.</summary>
    public async Task<Result<bool>> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        request.Headers.Authorization.ToString().Length == 0
            ? false
            : (await authenticator.AuthenticateAsync(request, StaffRoles.Reader, cancellationToken)).Then<bool>(_ => true);
}

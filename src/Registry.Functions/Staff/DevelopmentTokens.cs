using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Registry.Functions.Staff;

/// <summary>
/// Tokens the dev host issues for local work (docs/dev-host.md), signed with the development key. The app
/// accepts this issuer only off Azure when the environment is Development (<see cref="StaffTokenValidator"/>).
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "https://registry.localhost/development-token-issuer";

    /// <summary>The delegated scope development tokens carry, as the staff API's app registration exposes it (docs/deploy.md).</summary>
    public const string Scope = "Registry.Access";

    public static string Create(byte[] key, string audience, string subject, string? name, IEnumerable<string> roles, DateTimeOffset now, TimeSpan lifetime)
    {
        // Shaped like an Entra v2 access token for this API, so the same rules (StaffAccessToken) check both.
        var claims = new List<Claim> { new("sub", subject), new("oid", subject), new("ver", StaffAccessToken.Version), new("scp", Scope) };
        if (name is not null)
        {
            claims.Add(new Claim("name", name));
        }

        claims.AddRange(roles.Select(role => new Claim("roles", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}

using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Registry.Functions.Staff;

/// <summary>
/// Tokens the dev host issues for local work (docs/dev-host.md), signed with the development key. The app
/// accepts this issuer only when the environment is Development (<see cref="StaffTokenValidator"/>).
/// </summary>
public static class DevelopmentTokens
{
    public const string Issuer = "https://registry.localhost/development-token-issuer";

    public static string Create(byte[] key, string audience, string subject, string? name, IEnumerable<string> roles, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new("sub", subject), new("oid", subject) };
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

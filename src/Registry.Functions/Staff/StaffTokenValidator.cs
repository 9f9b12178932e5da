using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Registry.Infrastructure.Hosting;

namespace Registry.Functions.Staff;

/// <summary>
/// Validates staff bearer tokens in-process (D6): issuer, audience, signature with the keys of the tenant's
/// OIDC metadata (cached and refreshed by <see cref="ConfigurationManager{T}"/>), and lifetime against the
/// injected clock. Only an access token for this API passes (<see cref="StaffAccessToken"/>): RS256 from
/// Entra, version 2.0, type JWT, with delegated scopes; an ID token (no <c>scp</c>) is refused even when it
/// carries app roles and this API's client id as audience. The development issuer (HS256) is honoured only
/// off Azure in Development (<see cref="RegistryEnvironment"/>).
/// </summary>
public sealed class StaffTokenValidator
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(2);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly StaffOptions _options;
    private readonly TimeProvider _time;
    private readonly bool _development;
    private readonly IConfigurationManager<OpenIdConnectConfiguration>? _metadata;

    // metadata: the tenant's OIDC metadata; null reads it from StaffOptions.Instance (tests pass their own).
    public StaffTokenValidator(IOptions<StaffOptions> options, IConfiguration configuration, TimeProvider time, IConfigurationManager<OpenIdConnectConfiguration>? metadata = null)
    {
        _options = options.Value;
        _time = time;
        _development = RegistryEnvironment.IsDevelopment(configuration);
        _metadata = metadata;
        if (_metadata is null && !string.IsNullOrWhiteSpace(_options.TenantId))
        {
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{_options.Instance.TrimEnd('/')}/{_options.TenantId}/v2.0/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = true });
        }
    }

    /// <summary>The validated token's claims, or null when it is not a valid staff token.</summary>
    public async Task<JsonWebToken?> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(_options.Audience) || !_handler.CanReadToken(token))
        {
            return null;
        }

        var issuer = _handler.ReadJsonWebToken(token).Issuer;
        var parameters = issuer == DevelopmentTokens.Issuer
            ? DevelopmentParameters()
            : await EntraParametersAsync(cancellationToken);
        if (parameters is null)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, parameters);
        return result.IsValid && StaffAccessToken.IsAccessToken((JsonWebToken)result.SecurityToken) ? (JsonWebToken)result.SecurityToken : null;
    }

    private TokenValidationParameters? DevelopmentParameters() =>
        _development && !string.IsNullOrWhiteSpace(_options.DevelopmentSigningKey)
            ? Common(DevelopmentTokens.Issuer, [new SymmetricSecurityKey(Convert.FromBase64String(_options.DevelopmentSigningKey))], SecurityAlgorithms.HmacSha256)
            : null;

    private async Task<TokenValidationParameters?> EntraParametersAsync(CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return null;
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        return Common(configuration.Issuer, configuration.SigningKeys, SecurityAlgorithms.RsaSha256);
    }

    private TokenValidationParameters Common(string issuer, IEnumerable<SecurityKey> keys, string algorithm) => new()
    {
        ValidAlgorithms = [algorithm],
        ValidTypes = StaffAccessToken.Types,
        ValidIssuer = issuer,
        ValidAudience = _options.Audience,
        IssuerSigningKeys = keys,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,

        // Lifetime is checked against the injected clock, not the machine's (D7).
        LifetimeValidator = (notBefore, expires, _, _) =>
        {
            var now = _time.GetUtcNow().UtcDateTime;
            return expires is { } end && now <= end.Add(Skew) && (notBefore is not { } start || now >= start.Subtract(Skew));
        },
    };
}

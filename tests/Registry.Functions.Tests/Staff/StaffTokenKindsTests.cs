using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Registry.Functions.Staff;
using Registry.Functions.Tests.Support;
using Registry.Testing.Azurite;
using Registry.Testing.Harness;

namespace Registry.Functions.Tests.Staff;

/// <summary>
/// Only access tokens for this API open staff endpoints: RS256 from Entra, version 2.0, with delegated scopes;
/// an ID token with the same audience and roles is refused; development tokens (HS256) only off Azure.
/// </summary>
[Collection(AzuriteCollection.Name)]
public class StaffTokenKindsTests(AzuriteFixture azurite)
{
    private const string EntraIssuer = "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000aa/v2.0";

    private static readonly byte[] DevelopmentKey = Convert.FromBase64String(LocalSettings.Sample()["Registry:Staff:DevelopmentSigningKey"]!);

    private static readonly RsaSecurityKey EntraKey = new(RSA.Create(2048)) { KeyId = "entra-test-key" };

    [Fact]
    public async Task DevelopmentIdToken_WithRolesAndThisAudience_Answers401()
    {
        await using var app = await StaffApp.StartAsync(azurite.ConnectionString);

        // What Entra puts in an ID token for a client sharing the API's registration: roles, aud, nonce; no scp.
        var idToken = Sign(DevelopmentTokens.Issuer, new SymmetricSecurityKey(DevelopmentKey), SecurityAlgorithms.HmacSha256,
            ("ver", "2.0"), ("roles", StaffRoles.PrivacyOfficer), ("nonce", "n-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", idToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.PrivacyOfficer))).StatusCode);
    }

    [Fact]
    public async Task DevelopmentToken_EnvironmentNamedInLowerCase_IsHonoured()
    {
        await using var app = await RegistryApp.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["AZURE_FUNCTIONS_ENVIRONMENT"] = "development" });

        var response = await app.SendAsync(HttpMethod.Get, "/api/staff/cases", StaffApp.Token(StaffRoles.Reader));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("WEBSITE_INSTANCE_ID", "5e1c9ad0c3f2")]
    [InlineData("WEBSITE_SITE_NAME", "func-reg-prod")]
    [InlineData("WEBSITE_HOSTNAME", "func-reg-prod.azurewebsites.net")]
    public async Task DevelopmentToken_InAzureEvenWithEnvironmentDevelopment_IsRefused(string marker, string value)
    {
        var validator = Validator(new() { ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development", [marker] = value });

        Assert.Null(await validator.ValidateAsync(StaffApp.Token(StaffRoles.PrivacyOfficer)));
    }

    [Fact]
    public async Task EntraAccessToken_Rs256Version2WithScope_IsAccepted()
    {
        var token = Sign(EntraIssuer, EntraKey, SecurityAlgorithms.RsaSha256, ("ver", "2.0"), ("scp", "Registry.Access"), ("roles", StaffRoles.Reader));

        Assert.NotNull(await Validator().ValidateAsync(token));
    }

    public static TheoryData<string, string, string, (string, string)[]> NotAnAccessTokenForThisApi() => new()
    {
        { "ID token: roles, no scp", SecurityAlgorithms.RsaSha256, "JWT", [("ver", "2.0"), ("roles", StaffRoles.PrivacyOfficer)] },
        { "ID token with nonce and scp", SecurityAlgorithms.RsaSha256, "JWT", [("ver", "2.0"), ("scp", "Registry.Access"), ("nonce", "n-1")] },
        { "app-only token: roles, no scp", SecurityAlgorithms.RsaSha256, "JWT", [("ver", "2.0"), ("roles", StaffRoles.PrivacyOfficer), ("idtyp", "app")] },
        { "version 1.0", SecurityAlgorithms.RsaSha256, "JWT", [("ver", "1.0"), ("scp", "Registry.Access"), ("roles", StaffRoles.Reader)] },
        { "RS384", SecurityAlgorithms.RsaSha384, "JWT", [("ver", "2.0"), ("scp", "Registry.Access"), ("roles", StaffRoles.Reader)] },
        { "PS256", SecurityAlgorithms.RsaSsaPssSha256, "JWT", [("ver", "2.0"), ("scp", "Registry.Access"), ("roles", StaffRoles.Reader)] },
        { "typ id_token", SecurityAlgorithms.RsaSha256, "id_token", [("ver", "2.0"), ("scp", "Registry.Access"), ("roles", StaffRoles.Reader)] },
    };

    [Theory]
    [MemberData(nameof(NotAnAccessTokenForThisApi))]
    public async Task EntraToken_NotAnAccessTokenForThisApi_IsRefused(string kind, string algorithm, string type, (string, string)[] claims)
    {
        var token = Sign(EntraIssuer, EntraKey, algorithm, type, claims);

        Assert.True(await Validator().ValidateAsync(token) is null, kind);
    }

    public static TheoryData<string> NotForThisApiOrNotFromEntra() => ["other audience", "other issuer", "expired", "not yet valid", "unsigned (alg none)", "another key with Entra's key id"];

    [Theory]
    [MemberData(nameof(NotForThisApiOrNotFromEntra))]
    public async Task EntraShapedAccessToken_WrongAudienceIssuerLifetimeOrSignature_IsRefused(string kind)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = kind == "other issuer" ? "https://login.microsoftonline.com/00000000-0000-0000-0000-0000000000bb/v2.0" : EntraIssuer,
            Audience = kind == "other audience" ? "api://another-api" : StaffApp.Audience,
            TokenType = "JWT",
            Subject = new ClaimsIdentity([new Claim("ver", "2.0"), new Claim("scp", "Registry.Access"), new Claim("roles", StaffRoles.PrivacyOfficer), new Claim("oid", "staff-oid-9")]),
            IssuedAt = kind == "expired" ? now.AddHours(-3) : now,
            NotBefore = kind switch { "expired" => now.AddHours(-3), "not yet valid" => now.AddHours(1), _ => now },
            Expires = kind switch { "expired" => now.AddHours(-1), "not yet valid" => now.AddHours(2), _ => now.AddHours(1) },
            SigningCredentials = kind switch
            {
                "unsigned (alg none)" => null,
                "another key with Entra's key id" => new SigningCredentials(new RsaSecurityKey(RSA.Create(2048)) { KeyId = EntraKey.KeyId }, SecurityAlgorithms.RsaSha256),
                _ => new SigningCredentials(EntraKey, SecurityAlgorithms.RsaSha256),
            },
        };

        Assert.True(await Validator().ValidateAsync(new JsonWebTokenHandler().CreateToken(descriptor)) is null, kind);
    }

    private static StaffTokenValidator Validator(Dictionary<string, string?>? settings = null) => new(
        Options.Create(new StaffOptions { Audience = StaffApp.Audience, DevelopmentSigningKey = Convert.ToBase64String(DevelopmentKey) }),
        new ConfigurationBuilder().AddInMemoryCollection(settings ?? new() { ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production" }).Build(),
        TimeProvider.System,
        new StaticConfigurationManager<OpenIdConnectConfiguration>(Metadata()));

    private static OpenIdConnectConfiguration Metadata()
    {
        var metadata = new OpenIdConnectConfiguration { Issuer = EntraIssuer };
        metadata.SigningKeys.Add(EntraKey);
        return metadata;
    }

    private static string Sign(string issuer, SecurityKey key, string algorithm, params (string Type, string Value)[] claims) =>
        Sign(issuer, key, algorithm, "JWT", claims);

    private static string Sign(string issuer, SecurityKey key, string algorithm, string type, (string Type, string Value)[] claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = StaffApp.Audience,
            TokenType = type,
            Subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)).Append(new Claim("oid", "staff-oid-9")).Append(new Claim("sub", "staff-oid-9"))),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }
}

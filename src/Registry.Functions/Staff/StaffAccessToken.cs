using Microsoft.IdentityModel.JsonWebTokens;

namespace Registry.Functions.Staff;

/// <summary>
/// What makes a validated token an access token for this API rather than another kind of token with the
/// same audience. Entra puts app roles in ID tokens too, and an ID token for a client that shares this API's
/// app registration has its client id as <c>aud</c>: only an access token a person got for this API carries
/// delegated scopes (<c>scp</c>), version 2.0 (the app registration requests v2 tokens, docs/deploy.md), and no
/// ID-token-only claims (<c>nonce</c>, <c>at_hash</c>, <c>c_hash</c>). App-only tokens (no <c>scp</c>) are refused too:
/// staff are people, and the audit log names the person.
/// </summary>
public static class StaffAccessToken
{
    /// <summary>The header <c>typ</c> values of an access token: Entra's <c>JWT</c>, or RFC 9068's <c>at+jwt</c>.</summary>
    public static readonly string[] Types = ["JWT", "at+jwt"];

    public const string Version = "2.0";

    private static readonly string[] IdTokenClaims = ["nonce", "at_hash", "c_hash"];

    public static bool IsAccessToken(JsonWebToken token) =>
        token.TryGetPayloadValue<string>("ver", out var version) && version == Version
        && token.TryGetPayloadValue<string>("scp", out var scopes) && !string.IsNullOrWhiteSpace(scopes)
        && !IdTokenClaims.Any(claim => token.TryGetClaim(claim, out _));
}

using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Registry.Functions.Staff;
using Registry.Infrastructure.Hosting;

namespace Registry.Functions.Console;

/// <summary>
/// What the console needs to sign in, from the app settings: locally the development sign-in (the dev host's
/// <c>/admin/dev-token</c>); elsewhere Entra ID with the SPA app registration <c>Registry:Console:ClientId</c>
/// asking for the staff API's scope (docs/deploy.md). Also the Content-Security-Policy, which lets the page talk to
/// Entra ID only when it signs in there.
/// </summary>
public sealed class ConsoleSettings(IOptions<StaffOptions> staff, IConfiguration configuration)
{
    public const string FileName = "config.json";

    public const string ClientIdKey = "Registry:Console:ClientId";

    public const string ScopeKey = "Registry:Console:Scope";

    private readonly bool _development = RegistryEnvironment.IsDevelopment(configuration);

    public string ContentSecurityPolicy => string.Join("; ",
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "font-src 'self'",
        _development ? "connect-src 'self'" : $"connect-src 'self' {Authority}",
        _development ? "frame-src 'none'" : $"frame-src {Authority}",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

    private string Authority => new Uri(staff.Value.Instance).GetLeftPart(UriPartial.Authority);

    public byte[] Json() => JsonSerializer.SerializeToUtf8Bytes(_development
        ? new SignInConfig("development", null, null, null)
        : new SignInConfig(
            "entra",
            $"{staff.Value.Instance.TrimEnd('/')}/{staff.Value.TenantId}",
            configuration[ClientIdKey],
            configuration[ScopeKey] is { Length: > 0 } scope ? scope : DefaultScope()),
        JsonSerializerOptions.Web);

    // The audience is the API's Application ID URI (api://…) or its bare client id, which Entra names api://{client id}.
    private string DefaultScope() => staff.Value.Audience is { } audience && audience.Contains("://", StringComparison.Ordinal)
        ? $"{audience.TrimEnd('/')}/{DevelopmentTokens.Scope}"
        : $"api://{staff.Value.Audience}/{DevelopmentTokens.Scope}";

    private sealed record SignInConfig(string SignIn, string? Authority, string? ClientId, string? Scope);
}

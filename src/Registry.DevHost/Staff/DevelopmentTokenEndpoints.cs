using Registry.Functions.Staff;
using Registry.Infrastructure.Hosting;

namespace Registry.DevHost.Staff;

/// <summary>
/// <c>POST /admin/dev-token</c> with <c>{"subject","name","roles":[…]}</c> issues a one-hour staff token signed
/// with the development key, so the staff API can be tried locally without Entra ID. Mapped only when the
/// environment is Development; the app itself accepts this issuer only there (StaffTokenValidator).
/// </summary>
public static class DevelopmentTokenEndpoints
{
    private static readonly string[] KnownRoles = [StaffRoles.Reader, StaffRoles.PrivacyOfficer];

    public static IEndpointRouteBuilder MapDevelopmentTokens(this WebApplication app)
    {
        if (RegistryEnvironment.IsDevelopment(app.Configuration))
        {
            app.MapPost("/admin/dev-token", Issue).WithDisplayName("Admin: development staff token");
        }

        return app;
    }

    private static IResult Issue(DevelopmentTokenRequest request, IConfiguration configuration, TimeProvider time)
    {
        var key = configuration[$"{StaffOptions.Section}:DevelopmentSigningKey"];
        var audience = configuration[$"{StaffOptions.Section}:Audience"];
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(audience))
        {
            return Results.Problem(statusCode: 503, title: "Development tokens are not configured.",
                detail: "Set Registry__Staff__DevelopmentSigningKey and Registry__Staff__Audience in local.settings.json.");
        }

        var roles = request.Roles ?? [];
        if (string.IsNullOrWhiteSpace(request.Subject) || roles.Any(r => !KnownRoles.Contains(r)))
        {
            return Results.Problem(statusCode: 400, title: "Give a subject and roles from: " + string.Join(", ", KnownRoles) + ".");
        }

        var token = DevelopmentTokens.Create(Convert.FromBase64String(key), audience, request.Subject, request.Name, roles, time.GetUtcNow(), TimeSpan.FromHours(1));
        return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 3600 });
    }
}

public sealed record DevelopmentTokenRequest(string? Subject, string? Name, IReadOnlyList<string>? Roles);

namespace Registry.Functions.Staff;

/// <summary>Entra ID settings of the staff API, under <c>Registry:Staff</c> (docs/configuration.md).</summary>
public sealed class StaffOptions
{
    public const string Section = "Registry:Staff";

    /// <summary>The Entra ID tenant whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's Application ID URI or client id the tokens must be issued for.</summary>
    public string? Audience { get; set; }

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>DEVELOPMENT ONLY: base64 of the key development tokens are signed with; ignored outside Development.</summary>
    public string? DevelopmentSigningKey { get; set; }
}

namespace Registry.Functions.Staff;

/// <summary>The staff member behind a validated token: token subject, display name, the role that let them in.</summary>
public sealed record StaffPrincipal(string Id, string? Name, string Role);

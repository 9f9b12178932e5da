namespace Registry.Functions.Staff;

/// <summary>The app roles of the staff API (D6).</summary>
public static class StaffRoles
{
    public const string Reader = "Registry.Reader";
    public const string PrivacyOfficer = "Registry.PrivacyOfficer";

    /// <summary>Reading is open to both roles; deciding only to the privacy officer.</summary>
    public static bool Allows(string required, IReadOnlyCollection<string> held) =>
        required == Reader ? held.Contains(Reader) || held.Contains(PrivacyOfficer) : held.Contains(required);
}

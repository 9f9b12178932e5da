namespace Registry.Preferences;

/// <summary>A person's recorded choice for one purpose.</summary>
public enum PreferenceState
{
    Consented,
    Objected,
}

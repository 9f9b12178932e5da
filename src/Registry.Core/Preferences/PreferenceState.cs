namespace Registry.Preferences;

/// <summary>A person's recorded choice for one purpose.</summary>
public enum PreferenceState
{
    Consented,
    Objected,
}

public static class PreferenceStates
{
    public static bool TryParse(string? text, out PreferenceState state)
    {
        switch (text)
        {
            case "consented": state = PreferenceState.Consented; return true;
            case "objected": state = PreferenceState.Objected; return true;
            default: state = default; return false;
        }
    }

    public static string ToWire(this PreferenceState state) =>
        state == PreferenceState.Objected ? "objected" : "consented";
}

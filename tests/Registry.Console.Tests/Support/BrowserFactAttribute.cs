namespace Registry.Console.Tests.Support;

/// <summary>
/// A test in a real browser: Debian's chromium at <see cref="Browser.ExecutablePath"/> (test.sh installs it when it runs
/// as root). Skipped, with the reason, only where it is missing and could not be installed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath))
        {
            Skip = $"No browser at {Browser.ExecutablePath}: install Debian's chromium (apt-get install -y chromium; test.sh does it as root).";
        }
    }
}

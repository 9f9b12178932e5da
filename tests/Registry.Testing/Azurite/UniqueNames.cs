namespace Registry.Testing.Azurite;

/// <summary>Names for tables, queues and containers that no other test uses.</summary>
public static class UniqueNames
{
    /// <summary>A table name: letters and digits, starting with a letter.</summary>
    public static string Table(string prefix) => $"{prefix}{Suffix()}";

    /// <summary>A queue or container name: lower case, digits and hyphens.</summary>
    public static string Queue(string prefix) => $"{prefix.ToLowerInvariant()}-{Suffix()}";

    private static string Suffix() => Guid.NewGuid().ToString("N")[..12];
}

namespace Registry.Cases;

/// <summary>
/// Everything personal a case holds about the person who wrote, kept together so that one property
/// can be encrypted with the subject's key (D5). Never logged, never in a key or a blob name.
/// </summary>
public sealed record Requester
{
    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    /// <summary>Customer and order numbers found in the text, as written.</summary>
    public IReadOnlyList<string> CustomerNumbers { get; init; } = [];

    public IReadOnlyList<string> OrderNumbers { get; init; } = [];
}

namespace Registry.Cases.Classification;

/// <summary>What the classifier understood from one message. No types means triage: it does not guess.</summary>
public sealed record Classification
{
    public required IReadOnlyList<RequestType> Types { get; init; }

    /// <summary>Which rule and which of its phrases gave each type: shown on the case for the officer.</summary>
    public IReadOnlyList<ClassificationReason> Reasons { get; init; } = [];

    public required CaseLanguage Language { get; init; }

    public IReadOnlyList<string> CustomerNumbers { get; init; } = [];

    public IReadOnlyList<string> OrderNumbers { get; init; } = [];

    public bool IsUnclear => Types.Count == 0;
}

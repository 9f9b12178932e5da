namespace Registry.Subjects;

/// <summary>
/// The markers that change what may be done with a person's data: a restriction (Art. 18), an erasure that is
/// done as far as the law allows and waits for holds to end, and a legal-claim hold the privacy officer set.
/// </summary>
public sealed record SubjectStatus
{
    public static SubjectStatus None { get; } = new();

    public Restriction? Restriction { get; init; }

    public ErasureMark? Erasure { get; init; }

    public LegalClaimHold? LegalClaim { get; init; }

    /// <summary>True when the data may be used only for accounting and legal claims: restricted, or erased but held.</summary>
    public bool IsRestricted => Restriction is not null || Erasure is not null;
}

/// <summary>Processing restricted (Art. 18) since <paramref name="Since"/>, by the case that asked for it.</summary>
public sealed record Restriction(DateTimeOffset Since, string? CaseReference);

/// <summary>
/// The person was erased at <paramref name="ErasedAt"/> except data a hold keeps; <paramref name="PendingCases"/>
/// are the erasure cases that complete when the nightly purge erases the rest.
/// </summary>
public sealed record ErasureMark(DateTimeOffset ErasedAt, IReadOnlyList<string> PendingCases);

/// <summary>The privacy officer holds the data for the establishment, exercise or defence of a legal claim (Art. 17(3)(e)).</summary>
public sealed record LegalClaimHold(DateTimeOffset Since, string SetBy, string? CaseReference);

namespace Registry.Cases;

/// <summary>
/// One entry of a case's timeline. <see cref="Detail"/> is free text written by the requester or the
/// officer and may hold personal data: it is stored as a personal field and never logged.
/// </summary>
public sealed record CaseEvent
{
    public required string EventId { get; init; }

    public required DateTimeOffset At { get; init; }

    public required CaseEventKind Kind { get; init; }

    /// <summary>Who acted: <c>system</c>, <c>mailbox</c>, or the staff member's token subject.</summary>
    public required string Actor { get; init; }

    public CaseStatus? StatusAfter { get; init; }

    public string? Detail { get; init; }
}

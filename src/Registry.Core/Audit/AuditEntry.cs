using Registry.Subjects;

namespace Registry.Audit;

/// <summary>
/// One line of the audit log (D6): who (token subject and name), in which role, when, what, about which
/// case or subject, and why. Holds identifiers and the staff member's own name, never the data that was read;
/// the why is free text, so it is stored only sealed (<see cref="SealedReason"/>), never in the clear.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>A random id of the entry; the sealed reason is bound to it, so it cannot be moved to another entry.</summary>
    public string? EntryId { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ActorId { get; init; }

    public string? ActorName { get; init; }

    public required string Role { get; init; }

    /// <summary>The endpoint's function name, e.g. <c>VerifyCase</c>.</summary>
    public required string Action { get; init; }

    public string? CaseReference { get; init; }

    public SubjectId? SubjectId { get; init; }

    /// <summary>The reason the staff member gave, sealed under the person's or the case's key; null when none was given.</summary>
    public SealedReason? SealedReason { get; init; }
}

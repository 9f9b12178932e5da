using Registry.Subjects;

namespace Registry.Audit;

/// <summary>
/// One line of the audit log (D6): who (token subject and name), in which role, when, what, about which
/// case or subject, and why. Holds identifiers and the staff member's own name, never the data that was read.
/// </summary>
public sealed record AuditEntry
{
    public required DateTimeOffset At { get; init; }

    public required string ActorId { get; init; }

    public string? ActorName { get; init; }

    public required string Role { get; init; }

    /// <summary>The endpoint's function name, e.g. <c>VerifyCase</c>.</summary>
    public required string Action { get; init; }

    public string? CaseReference { get; init; }

    public SubjectId? SubjectId { get; init; }

    public string? Reason { get; init; }
}

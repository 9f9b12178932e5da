namespace Registry.Cases;

/// <summary>Where a case stands. Transitions are decided by <see cref="CaseStateMachine"/> alone.</summary>
public enum CaseStatus
{
    Received,
    AwaitingVerification,
    Verified,
    InProgress,
    Completed,
    PartiallyCompleted,
    Refused,
    Withdrawn,
}

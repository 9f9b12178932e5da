namespace Registry.Cases;

/// <summary>Every way a case can change; the state machine says in which statuses each is allowed.</summary>
public enum CaseAction
{
    RequestVerification,
    Verify,
    LinkSubject,
    Extend,
    Refuse,
    Withdraw,
    AddNote,
    Decide,
    AttachReply,
    Complete,
    CompletePartially,
}

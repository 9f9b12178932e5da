namespace Registry.Cases;

public enum CaseEventKind
{
    Opened,
    Acknowledged,
    ReplyReceived,
    VerificationRequested,
    Verified,
    SubjectLinked,
    Extended,
    Refused,
    Withdrawn,
    NoteAdded,
    ActionsDecided,
    Completed,
    PartiallyCompleted,
}

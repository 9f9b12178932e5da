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
    /// <summary>One decided action was carried out in full (the executor's record that it need not run again).</summary>
    ActionExecuted,

    /// <summary>One decided action was carried out as far as holds allow; the purge finishes it.</summary>
    ActionPartiallyExecuted,
    /// <summary>The executor did not carry out a decision that names another subject than the case's.</summary>
    DecisionRefused,
    Completed,
    PartiallyCompleted,
}

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

    /// <summary>A letter of the case was handed to the mail system (detail: the letter id).</summary>
    LetterSent,

    /// <summary>A letter could not be sent and was raised to the officer (detail: the letter id and the reason).</summary>
    LetterFailed,

    /// <summary>A letter came back undelivered to the privacy mailbox (detail: the letter id, or the bounce's subject).</summary>
    LetterBounced,
}

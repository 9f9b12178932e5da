namespace Registry.Letters;

/// <summary>The letters the register sends through the mailbox connector.</summary>
public enum LetterKind
{
    Acknowledgement,
    ExtensionNotice,
    Refusal,
    DeadlineReminder,
}

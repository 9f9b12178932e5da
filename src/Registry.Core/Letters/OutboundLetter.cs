using Registry.Cases;

namespace Registry.Letters;

/// <summary>
/// A message on <c>outbound-mail</c> (design brief §5). <see cref="LetterId"/> is derived from the case and
/// the letter's purpose, so a redelivered handler that sends again sends the same id: the mailbox connector
/// sends each id once. <see cref="To"/>, <see cref="ToName"/> and the text are personal data.
/// </summary>
public sealed record OutboundLetter
{
    public required string LetterId { get; init; }

    public required LetterKind Kind { get; init; }

    /// <summary>The case the letter is about; none for the officer's deadline reminder, which lists several.</summary>
    public CaseReference? CaseReference { get; init; }

    public required CaseLanguage Language { get; init; }

    public string? To { get; init; }

    public string? ToName { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }
}

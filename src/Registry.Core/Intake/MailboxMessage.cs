namespace Registry.Intake;

/// <summary>Contract v1 of the privacy mailbox's messages on <c>subject-requests</c> (design brief §5).</summary>
public sealed record MailboxMessage
{
    public string? MessageId { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    public string? Channel { get; init; }

    public string? From { get; init; }

    public string? FromName { get; init; }

    public string? Subject { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<MailboxAttachment>? Attachments { get; init; }
}

public sealed record MailboxAttachment(string? Name, string? ContentType, string? BlobPath);

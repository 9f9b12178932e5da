namespace Registry.Letters;

/// <summary>Queues letters for the mailbox connector.</summary>
public interface IOutboundMail
{
    Task SendAsync(OutboundLetter letter, CancellationToken cancellationToken = default);
}

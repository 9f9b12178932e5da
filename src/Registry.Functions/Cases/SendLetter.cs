using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.Infrastructure.Letters;
using Registry.Infrastructure.Storage;
using Registry.Letters.Delivery;

namespace Registry.Functions.Cases;

/// <summary>
/// Sends the letters queued on <c>outbound-mail</c> from the privacy mailbox, each letter id at most once
/// (<see cref="LetterSender"/>). A transport failure is retried by the sender with backoff; an unexpected failure
/// throws, so the host redelivers and finally moves the reference to the poison queue, which <see cref="WatchOutboundMailPoison"/> raises.
/// </summary>
public sealed class SendLetter(LetterSender sender)
{
    [Function(nameof(SendLetter))]
    public Task Run(
        [QueueTrigger($"%{StorageNames.OutboundMailQueueSetting}%", Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        sender.SendAsync(QueueOutboundMail.Parse(message.Body), cancellationToken);
}

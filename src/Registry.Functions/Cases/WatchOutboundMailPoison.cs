using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Registry.Infrastructure.Letters;
using Registry.Infrastructure.Storage;
using Registry.Letters.Delivery;

namespace Registry.Functions.Cases;

/// <summary>A letter whose reference failed every delivery is recorded failed on its case and raised to the officer, never dropped.</summary>
public sealed class WatchOutboundMailPoison(LetterSender sender)
{
    [Function(nameof(WatchOutboundMailPoison))]
    public Task Run(
        [QueueTrigger($"%{StorageNames.OutboundMailQueueSetting}%-poison", Connection = StorageNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        sender.RaisePoisonAsync(QueueOutboundMail.Parse(message.Body), cancellationToken);
}
